using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

/// <summary>The pipeline in exact rationals: the shared contract, and what only exact runs do (grid, typed decimals, E3/E4).</summary>
public sealed class PerturbationLearningOverRationalTests : PerturbationLearningTests<Rational>
{
    /// <summary>η = 1/64, two steps each, no momentum: lazy, so no pattern flips and E3, E4 both apply.</summary>
    private static readonly ExperimentSpec Lazy = new()
    {
        Data = new DataSpec { Dimension = 3, Samples = 4, TestSamples = 3 },
        Network = new NetworkSpec { Width = 6 },
        Training = new TrainingSpec { EpochsF = 2, EpochsG = 2, LearningRateF = 0.015625, LearningRateG = 0.015625, Momentum = 0 },
        Attack = new AttackSpec { Epsilon = 0.5 },
    };

    [Fact]
    public void Exact_run_reproduces_E3_and_E4_on_a_lazy_instance()
    {
        var result = PerturbationLearning.Run<Rational>(Lazy);
        Assert.Equal((0, 0), (result.Metrics.EverFlippedF, result.Metrics.EverFlippedG));
        Assert.True(result.ClosedForms.E3.Holds);
        Assert.True(result.ClosedForms.E4.Holds);
        Assert.Empty(result.ClosedForms.E4.FailedPremises);
        Assert.Equal(new Rational(2, 64), result.TimeF);
        Assert.Equal(3, result.TestOutputsF().Length);
    }

    [Fact]
    public void Closed_forms_name_the_premises_that_failed()
    {
        var flipping = Lazy with { Training = Lazy.Training with { EpochsF = 5, EpochsG = 5, LearningRateF = 8, LearningRateG = 8, Momentum = 0.9 } };
        var result = PerturbationLearning.Run<Rational>(flipping);
        Assert.True(result.Metrics.EverFlippedF > 0);
        Assert.Null(result.ClosedForms!.E3.Holds);
        Assert.Equal($"{result.Metrics.EverFlippedF} activation pattern(s) of f flipped during training", Assert.Single(result.ClosedForms.E3.FailedPremises));

        var linfB = PerturbationLearning.Run<Rational>(Lazy with { Attack = Lazy.Attack with { Norm = PerturbationNorm.Linf, Scenario = Scenario.B } });
        Assert.True(linfB.ClosedForms!.E3.Holds);
        Assert.Equal(2, linfB.ClosedForms.E4.FailedPremises.Count);
        Assert.Contains("scenario b", linfB.ClosedForms.E4.FailedPremises[0]);
        Assert.Contains("linf attack is not parallel", linfB.ClosedForms.E4.FailedPremises[1]);
    }

    [Fact]
    public void Check_of_the_closed_forms_fails_when_an_output_differs()
    {
        var run = PerturbationLearning.Run<Rational>(Lazy).Run;
        // E3 with a doubled training time cannot reproduce f.
        var wrong = new PerturbationLearningRun<Rational>
        {
            Inputs = run.Inputs, Labels = run.Labels, TestInputs = run.TestInputs, InitialF = run.InitialF,
            F = new TrainingResult<Rational> { Network = run.F.Network, FlippedShare = 0, EverFlipped = 0, TrainingTime = run.F.TrainingTime * 2 },
            Gradients = run.Gradients, Targets = run.Targets, Norm = run.Norm, Perturbations = run.Perturbations,
            AdversarialInputs = run.AdversarialInputs, InitialG = run.InitialG, G = run.G, ZeroGradients = 0, StageSeconds = run.StageSeconds,
        };
        var check = PerturbationLearning.CheckClosedForms(Lazy, wrong);
        Assert.False(check.E3.Holds);
        Assert.True(check.E4.Holds);
    }

    [Fact]
    public void Exact_parameters_are_the_typed_decimals()
    {
        Assert.Equal(new Rational(9, 10), PerturbationLearning.Parameter<Rational>(0.9));
        Assert.Equal(new Rational(1, 100), PerturbationLearning.Parameter<Rational>(0.01));
        Assert.Equal(0.9, PerturbationLearning.Parameter<double>(0.9));
        Assert.Equal(new Rational(1, 100000), PerturbationLearning.Parameter<Rational>(1e-5));
        Assert.Equal(new Rational(1, 1 << 20), PerturbationLearning.Parameter<Rational>(1.0 / (1 << 20)));
        Assert.Equal(new Rational(-3, 10), PerturbationLearning.Parameter<Rational>(-0.3));
        Assert.Equal(1e-5, PerturbationLearning.Parameter<double>(1e-5));
        Assert.Equal(0.1 + 0.2, PerturbationLearning.Parameter<double>(0.1 + 0.2));
    }

    [Fact]
    public void Data_and_weights_lie_on_the_dyadic_grid_and_an_exact_L2_attack_fails_plainly()
    {
        var result = PerturbationLearning.Run<Rational>(Tiny);
        long grid = 1L << Initialisation.GridBits;
        Assert.All(result.Run.Inputs.Data, x => Assert.True(grid % (long)x.Denominator == 0));
        Assert.All(result.Run.InitialF.Weights.Data, w => Assert.True(grid % (long)w.Denominator == 0));

        var inputs = TestNetworks.Dyadic(TestNetworks.RandomMatrix(3, 2, seed: 4));
        var spec = new ExperimentSpec { Data = new DataSpec { Dimension = 2, Samples = 3, TestSamples = 2 }, Network = new NetworkSpec { Width = 4 },
            Training = new TrainingSpec { EpochsF = 1, EpochsG = 1 } };
        var error = Assert.Throws<InvalidOperationException>(() => PerturbationLearning.Execute(spec, inputs, [1, -1, 1], inputs));
        Assert.Contains("L2", error.Message);
        var run = PerturbationLearning.Execute(spec with { Attack = spec.Attack with { Norm = PerturbationNorm.ScaledLinf } }, inputs, [1, -1, 1], inputs);
        Assert.Equal(PerturbationNorm.ScaledLinf, run.Norm);
    }
}
