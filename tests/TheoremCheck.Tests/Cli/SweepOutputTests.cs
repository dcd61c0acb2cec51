using TheoremCheck.Cli;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Tests.Experiments;

namespace TheoremCheck.Tests.Cli;

public class SweepOutputTests
{
    [Fact]
    public void Figure_titles_name_the_data_and_the_settings_the_sweep_does_not_vary()
    {
        var grid = SweepPlan.Create(SweepGrid.Combine(SweepPlanTests.Width, SweepPlanTests.Epsilon), SweepGrid.Pairs(["10", "100"], ["0.01", "0.1"]), 1,
            new ExperimentSpec());
        Assert.Equal("shifted-gauss, d = 100, N = 1000, 1000 + 1000 epochs at lr 1, random targets, scenario a", SweepOutput.FixedSettings(grid));

        var joined = new SweepAxis("dim:epsilon", (s, v) => s);
        var dimension = SweepPlan.Create(joined, ["10:0.003"], 1,
            new ExperimentSpec { Network = new NetworkSpec { Width = 30 }, Training = new TrainingSpec { LearningRateG = 0.1 } });
        Assert.Equal("shifted-gauss, N = 1000, m = 30, 1000 + 1000 epochs at lr 1 + 0.1, random targets, scenario a", SweepOutput.FixedSettings(dimension));

        var rates = SweepPlan.Create(SweepGrid.Combine(SweepPlanTests.Width, new SweepAxis("lr-f:lr-g", (s, v) => s)), SweepGrid.Pairs(["10"], ["1:1"]), 1,
            new ExperimentSpec { Training = new TrainingSpec { EpochsF = 200, EpochsG = 200 } });
        Assert.Equal("shifted-gauss, d = 100, N = 1000, ε = 0.01, 200 + 200 epochs, random targets, scenario a", SweepOutput.FixedSettings(rates));
    }
}
