using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

/// <summary>
/// The pipeline's contract in either arithmetic, instantiated for double (<see cref="PerturbationLearningOverDoubleTests"/>)
/// and for exact rationals (<see cref="PerturbationLearningOverRationalTests"/>), on an instance small enough for both.
/// </summary>
public abstract class PerturbationLearningTests<T> where T : struct, INumber<T>
{
    protected static readonly ExperimentSpec Tiny = new()
    {
        Data = new DataSpec { Dimension = 3, Samples = 6, TestSamples = 4 },
        Network = new NetworkSpec { Width = 4, Slope = 0.25 },
        Training = new TrainingSpec { LearningRateF = 0.125, LearningRateG = 0.125, EpochsF = 3, EpochsG = 3, Momentum = 0.5 },
        Attack = new AttackSpec { Epsilon = 0.25 },
        Seed = 5,
    };

    [Fact]
    public void Same_seed_gives_the_same_bits_and_another_seed_other_ones()
    {
        var a = PerturbationLearning.Run<T>(Tiny);
        var b = PerturbationLearning.Run<T>(Tiny);
        Assert.Equal(a.Metrics, b.Metrics);
        Assert.Equal(a.Run.G.Network.Weights.Data, b.Run.G.Network.Weights.Data);
        Assert.Equal(a.Run.Perturbations.Data, b.Run.Perturbations.Data);
        Assert.Equal(a.TestOutputsG(), b.TestOutputsG());
        var c = PerturbationLearning.Run<T>(Tiny with { Seed = 6 });
        Assert.NotEqual(a.Run.F.Network.Weights.Data, c.Run.F.Network.Weights.Data);
    }

    [Fact]
    public void Metrics_are_the_counts_of_the_networks_outputs()
    {
        var result = PerturbationLearning.Run<T>(Tiny);
        var run = result.Run;
        int hitsF = 0, hitsG = 0, same = 0;
        var trainF = run.F.Network.Outputs(run.Inputs);
        var trainG = run.G.Network.Outputs(run.Inputs);
        for (int n = 0; n < run.Labels.Length; n++)
        {
            hitsF += Metrics.Sign(trainF[n]) == run.Labels[n] ? 1 : 0;
            hitsG += Metrics.Sign(trainG[n]) == run.Labels[n] ? 1 : 0;
        }
        var f = result.TestOutputsF();
        var g = result.TestOutputsG();
        for (int k = 0; k < f.Length; k++) same += Metrics.Sign(f[k]) == Metrics.Sign(g[k]) ? 1 : 0;
        Assert.Equal(new Proportion(hitsF, 6), result.Metrics.AccF);
        Assert.Equal(new Proportion(hitsG, 6), result.Metrics.AccG);
        Assert.Equal(new Proportion(same, 4), result.Metrics.Agreement);
        Assert.Equal(run.F.EverFlipped, result.Metrics.EverFlippedF);
        Assert.Equal(run.Targets.Average(), result.Metrics.TargetMean);
        Assert.Equal(Tiny, result.Spec);
    }

    [Fact]
    public void Scenario_b_trains_g_on_adversarial_examples_and_scenario_a_on_the_perturbations()
    {
        var b = PerturbationLearning.Run<T>(Tiny with { Attack = Tiny.Attack with { Scenario = Scenario.B } }).Run;
        for (int j = 0; j < b.Inputs.Data.Length; j++)
            Assert.Equal(b.Inputs.Data[j] + b.Perturbations.Data[j], b.AdversarialInputs.Data[j]);
        var a = PerturbationLearning.Run<T>(Tiny).Run;
        Assert.Equal(a.Perturbations.Data, a.AdversarialInputs.Data);
    }

    [Fact]
    public void Perturbations_point_toward_their_target_along_the_gradient()
    {
        var run = PerturbationLearning.Run<T>(Tiny).Run;
        for (int n = 0; n < run.Inputs.Rows; n++)
            Assert.True(T.CreateChecked(run.Targets[n]) * MatrixProducts<T>.Dot(run.Perturbations.Row(n), run.Gradients.Row(n)) > T.Zero);
    }

    [Fact]
    public void Invalid_specifications_are_refused_before_any_work_with_every_problem()
    {
        var bad = Tiny with { Network = Tiny.Network with { Width = 0 }, Attack = Tiny.Attack with { Epsilon = -1 } };
        var error = Assert.Throws<SpecException>(() => PerturbationLearning.Run<T>(bad));
        Assert.Equal(["network.width", "attack.epsilon"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Exact_rules_apply_only_in_exact_arithmetic()
    {
        var logistic = Tiny with { Training = Tiny.Training with { Loss = LossKind.Logistic } };
        Assert.Equal(NumberTraits<T>.IsExact, PerturbationLearning.Problems<T>(logistic).Any());
        var result = PerturbationLearning.Run<T>(Tiny);
        Assert.Equal(NumberTraits<T>.IsExact, result.IsExact);
        Assert.Equal(NumberTraits<T>.IsExact, result.ClosedForms is not null);
        Assert.Equal(NumberTraits<T>.IsExact ? PerturbationNorm.ScaledLinf : PerturbationNorm.L2, result.AttackUsed);
        Assert.Equal(PerturbationNorm.L2, result.Spec.Attack.Norm);
    }
}
