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
        var assessment = RunConditions.Assess(run.Run, spec, ConditionConstants.Default);
        Assert.False(assessment.Applies);
        Assert.Equal(field, assessment.NotApplicableField);
        Assert.Null(assessment.Summary);
        Assert.Equal(RunConditions.Premise(run.Run, spec), assessment.Premise);
    }

    [Fact]
    public void Conditions_apply_to_scenario_a_with_identity_loss_and_the_L2_attack()
    {
        Assert.Empty(RunConditions.Problems(Tiny));
        var run = PerturbationLearning.Run<double>(Tiny);
        Assert.NotNull(RunConditions.For(run.Run, run.Spec, ConditionConstants.Default));
    }

    [Fact]
    public void Assessment_at_the_test_points_summarises_the_conditions_the_run_gives()
    {
        var spec = new ExperimentSpec
        {
            Data = new DataSpec { Dimension = 4, Samples = 12, TestSamples = 9 },
            Network = new NetworkSpec { Width = 300 },
            Training = new TrainingSpec { EpochsF = 8, EpochsG = 8 },
            Attack = new AttackSpec { Epsilon = 0.5, Targets = TargetKind.Balanced },
        };
        var result = PerturbationLearning.Run<double>(spec);
        var assessment = RunConditions.Assess(result.Run, result.Spec, ConditionConstants.Default);
        Assert.True(assessment.Applies);
        Assert.Equal(RunConditions.Premise(result.Run, result.Spec), assessment.Premise);
        Assert.Equal(LazyRegime.WidthRatio(300, 4, result.TimeF, result.TimeG), assessment.Premise.WidthRatio);
        Assert.Equal(result.Metrics.FlippedF, assessment.Premise.FlippedF);
        var conditions = RunConditions.For(result.Run, result.Spec, ConditionConstants.Default);
        var f = result.TestOutputsF();
        var g = result.TestOutputsG();
        for (int k = 0; k < 9; k++) Assert.Equal(conditions.Evaluate(result.Run.TestInputs.Row(k)), assessment.Reports![k]);
        Assert.Equal(9, assessment.Summary!.Points);
        Assert.Equal(Enumerable.Range(0, 9).Count(k => Math.Sign(f[k]) == Math.Sign(g[k])), assessment.Summary.SignsAgree);
        Assert.Equal(assessment.Reports!.Count(r => r.All), assessment.Summary.All);
        Assert.Equal(ApproximationLooseness.Measure(f, g, assessment.Reports!, result.TimeF, result.TimeG, 0.5), assessment.Looseness);
    }
}
