using TheoremCheck.Attacks;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class RunConditionsTests
{
    [Theory]
    [InlineData("--norm linf")]
    [InlineData("--loss logistic")]
    [InlineData("--scenario b")]
    public void Conditions_refuse_runs_they_were_not_derived_for(string option)
    {
        var config = ConfigOptions.Build([(option.Split(' ')[0], option.Split(' ')[1])],
            new ExperimentConfig { Dim = 3, Samples = 6, TestSamples = 2, Width = 4, EpochsF = 2, EpochsG = 2 });
        var run = PerturbationLearning.Run(config);
        Assert.Throws<ArgumentException>(() => RunConditions.For(run.Run, config, ConditionConstants.Default));
        var l2 = PerturbationLearning.Run(config with { Norm = PerturbationNorm.L2, Loss = LossKind.Identity, Scenario = Scenario.A });
        Assert.NotNull(RunConditions.For(l2.Run, l2.Config, ConditionConstants.Default));
    }
}
