using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class ExactRunResultTests
{
    [Fact]
    public void Exact_run_reproduces_E3_and_E4_on_a_lazy_instance()
    {
        var config = new ExperimentConfig
        {
            Dim = 3, Samples = 4, TestSamples = 3, Width = 6, EpochsF = 2, EpochsG = 2, LrF = 0.015625, LrG = 0.015625,
            Momentum = 0, Epsilon = 0.5, Exact = true,
        };
        var result = PerturbationLearning.RunExact(config);
        Assert.Equal(0, result.EverFlippedF);
        Assert.Equal(0, result.EverFlippedG);
        Assert.True(result.E3Holds);
        Assert.True(result.E4Holds);
        Assert.Equal(new Rational(2, 64), result.TimeF);
        Assert.Equal(3, result.TestOutputsF.Count);
        Assert.Equal(result, result with { });
        var again = PerturbationLearning.RunExact(config);
        Assert.Equal(result.TestOutputsG, again.TestOutputsG);
    }

    [Fact]
    public void Exact_run_reports_E3_not_applicable_when_patterns_flip()
    {
        var config = new ExperimentConfig { Dim = 3, Samples = 4, TestSamples = 3, Width = 6, EpochsF = 5, EpochsG = 5, LrF = 8, LrG = 8, Exact = true };
        var result = PerturbationLearning.RunExact(config);
        Assert.True(result.EverFlippedF > 0);
        Assert.Null(result.E3Holds);
    }
}
