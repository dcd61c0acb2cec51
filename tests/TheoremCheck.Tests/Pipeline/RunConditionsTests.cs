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
        var assessment = RunConditions.Assess(run.Run, config, ConditionConstants.Default);
        Assert.False(assessment.Applies);
        Assert.StartsWith(option.Split(' ')[0], assessment.NotApplicable);
        Assert.Null(assessment.Summary);
    }

    [Fact]
    public void One_precondition_names_every_reason_the_conditions_do_not_apply()
    {
        Assert.Empty(RunConditions.Inapplicable(new ExperimentConfig()));
        var config = new ExperimentConfig { Scenario = Scenario.B, Loss = LossKind.Logistic, Norm = PerturbationNorm.Linf, Epsilon = 0, EpochsF = 0, EpochsG = 0 };
        Assert.Equal(["--scenario", "--loss", "--norm", "--epsilon", "--epochs-f", "--epochs-g"], RunConditions.Inapplicable(config).Select(r => r.Option));
        Assert.Contains("divides by ε", RunConditions.Inapplicable(new ExperimentConfig { Epsilon = 0 }).Single().Message);
    }

    [Fact]
    public void Assessment_at_the_test_points_summarises_the_conditions_the_run_gives()
    {
        var config = new ExperimentConfig { Dim = 4, Samples = 12, TestSamples = 9, Width = 300, EpochsF = 8, EpochsG = 8, Epsilon = 0.5, Targets = TargetKind.Balanced };
        var result = PerturbationLearning.Run(config);
        var assessment = RunConditions.Assess(result.Run, result.Config, ConditionConstants.Default);
        Assert.True(assessment.Applies);
        Assert.Equal(RunConditions.Premise(result.Run, result.Config), assessment.Premise);
        Assert.Equal(LazyRegime.WidthRatio(300, 4, result.Run.F.TrainingTime, result.Run.G.TrainingTime), assessment.Premise.WidthRatio);
        var conditions = RunConditions.For(result.Run, result.Config, ConditionConstants.Default);
        var f = result.Run.F.Network.Outputs(result.Run.TestInputs);
        var g = result.Run.G.Network.Outputs(result.Run.TestInputs);
        for (int k = 0; k < 9; k++) Assert.Equal(conditions.Evaluate(result.Run.TestInputs.Row(k)), assessment.Reports![k]);
        Assert.Equal(9, assessment.Summary!.Points);
        Assert.Equal(Enumerable.Range(0, 9).Count(k => Math.Sign(f[k]) == Math.Sign(g[k])), assessment.Summary.SignsAgree);
        Assert.Equal(assessment.Reports!.Count(r => r.All), assessment.Summary.All);
        Assert.Equal(ApproximationLooseness.Measure(f, g, assessment.Reports!, result.Run.F.TrainingTime, result.Run.G.TrainingTime, 0.5), assessment.Looseness);
    }
}
