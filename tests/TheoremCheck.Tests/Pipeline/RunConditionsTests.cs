using TheoremCheck.Attacks;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class RunConditionsTests
{
    private static readonly ExperimentSpec Tiny = new()
    {
        Data = new DataSpec { Dimension = 3, Samples = 6, TestSamples = 2 },
        Network = new NetworkSpec { Width = 4 },
        Training = new TrainingSpec { EpochsF = 2, EpochsG = 2 },
    };

    public static TheoryData<ExperimentSpec, string> NotDerivedFor => new()
    {
        { Tiny with { Attack = Tiny.Attack with { Norm = PerturbationNorm.Linf } }, "attack.norm" },
        { Tiny with { Training = Tiny.Training with { Loss = LossKind.Logistic } }, "training.loss" },
        { Tiny with { Attack = Tiny.Attack with { Scenario = Scenario.B } }, "attack.scenario" },
        { Tiny with { Attack = Tiny.Attack with { Epsilon = 0 } }, "attack.epsilon" },
        { Tiny with { Training = Tiny.Training with { EpochsF = 0 } }, "training.epochs_f" },
        { Tiny with { Training = Tiny.Training with { EpochsG = 0 } }, "training.epochs_g" },
    };

    [Theory]
    [MemberData(nameof(NotDerivedFor))]
    public void Conditions_refuse_runs_they_were_not_derived_for(ExperimentSpec spec, string field)
    {
        Assert.Equal(field, Assert.Single(RunConditions.Problems(spec)).Field);
        var run = PerturbationLearning.Run<double>(spec);
        Assert.Throws<ArgumentException>(() => RunConditions.For(run.Run, spec, ConditionConstants.Default));
    }

    [Fact]
    public void Conditions_apply_to_scenario_a_with_identity_loss_and_the_L2_attack()
    {
        Assert.Empty(RunConditions.Problems(Tiny));
        var run = PerturbationLearning.Run<double>(Tiny);
        Assert.NotNull(RunConditions.For(run.Run, run.Spec, ConditionConstants.Default));
    }
}
