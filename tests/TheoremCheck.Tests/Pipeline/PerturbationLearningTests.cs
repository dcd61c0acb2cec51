using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class PerturbationLearningTests
{
    private static readonly ExperimentConfig Small = new()
    {
        Dim = 50, Samples = 100, TestSamples = 50, Width = 300, EpochsF = 100, EpochsG = 100, Epsilon = 0.05,
        Targets = TargetKind.Balanced,
    };

    [Fact]
    public void Same_seed_gives_the_same_bits()
    {
        var a = PerturbationLearning.Run(Small);
        var b = PerturbationLearning.Run(Small);
        Assert.Equal(a.Metrics, b.Metrics);
        Assert.Equal(a.Run.G.Network.Weights.Data, b.Run.G.Network.Weights.Data);
        Assert.Equal(a.Run.Perturbations.Data, b.Run.Perturbations.Data);
        var c = PerturbationLearning.Run(Small with { Seed = 1 });
        Assert.NotEqual(a.Run.F.Network.Weights.Data, c.Run.F.Network.Weights.Data);
    }

    [Fact]
    public void Perturbation_learning_recovers_the_classes_on_an_easy_instance()
    {
        // Wide network, balanced targets, separable shifted Gaussians: THEORY §6 reports acc_g ≈ agreement ≈ 1
        // at large width with balanced targets; 0.9 leaves room for the finite sizes used here.
        var result = PerturbationLearning.Run(Small);
        Assert.True(result.Metrics.AccF >= 0.95, $"acc_f = {result.Metrics.AccF}");
        Assert.True(result.Metrics.AccG >= 0.9, $"acc_g = {result.Metrics.AccG}");
        Assert.True(result.Metrics.Agreement >= 0.9, $"agreement = {result.Metrics.Agreement}");
        Assert.True(result.Metrics.CosSim >= 0.9, $"cossim = {result.Metrics.CosSim}");
        Assert.InRange(result.Metrics.FlippedF, 0, 1);
        Assert.Equal(0, result.Metrics.ZeroGradients);
        Assert.Equal(50, result.Run.TestInputs.Rows);
        Assert.True(result.Seconds["total"] >= result.Seconds["train_f"]);
    }

    [Fact]
    public void Scenario_b_trains_g_on_adversarial_examples()
    {
        var config = Small with { Scenario = Scenario.B, EpochsF = 5, EpochsG = 1 };
        var run = PerturbationLearning.Run(config).Run;
        for (int j = 0; j < run.Inputs.Data.Length; j++)
            Assert.Equal(run.Inputs.Data[j] + run.Perturbations.Data[j], run.AdversarialInputs.Data[j]);
        var a = PerturbationLearning.Run(config with { Scenario = Scenario.A }).Run;
        Assert.Equal(a.Perturbations.Data, a.AdversarialInputs.Data);
    }

    [Fact]
    public void Perturbations_have_length_epsilon_and_point_toward_the_target()
    {
        var run = PerturbationLearning.Run(Small with { EpochsG = 1 }).Run;
        for (int n = 0; n < run.Inputs.Rows; n++)
        {
            var r = run.Perturbations.Row(n);
            double norm = Math.Sqrt(MatrixProducts<double>.Dot(r, r));
            Assert.Equal(Small.Epsilon, norm, 12);
            Assert.True(run.Targets[n] * MatrixProducts<double>.Dot(r, run.Gradients.Row(n)) > 0);
        }
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
    public void Exact_run_chooses_the_scaled_attack_and_an_exact_L2_attack_fails_plainly()
    {
        Assert.Equal(PerturbationNorm.ScaledLinf, PerturbationLearning.ExactAttack(PerturbationNorm.L2));
        foreach (var norm in new[] { PerturbationNorm.Linf, PerturbationNorm.L0, PerturbationNorm.ScaledLinf, PerturbationNorm.None })
            Assert.Equal(norm, PerturbationLearning.ExactAttack(norm));

        var config = new ExperimentConfig { Dim = 2, Samples = 3, TestSamples = 2, Width = 4, EpochsF = 1, EpochsG = 1, Exact = true };
        var inputs = TestNetworks.Dyadic(TestNetworks.RandomMatrix(3, 2, seed: 4));
        var error = Assert.Throws<InvalidOperationException>(() =>
            PerturbationLearning.Execute(config, inputs, [1, -1, 1], inputs));
        Assert.Contains("L2", error.Message);
        var run = PerturbationLearning.Execute(config with { Norm = PerturbationNorm.ScaledLinf }, inputs, [1, -1, 1], inputs);
        Assert.Equal(PerturbationNorm.ScaledLinf, run.Norm);
        Assert.All(run.InitialF.Weights.Data, w => Assert.True(w.Denominator <= 1 << Initialisation.GridBits));
    }
}
