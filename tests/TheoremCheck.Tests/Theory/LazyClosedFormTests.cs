using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Theory;
using TheoremCheck.Training;
using static TheoremCheck.Tests.ExactTheoryFixture;

namespace TheoremCheck.Tests.Theory;

/// <summary>THEORY §3 on fixed small instances, with rational equality (the properties generalise them).</summary>
public class LazyClosedFormTests
{
    [Fact]
    public void E3_closed_form_holds_exactly_when_no_pattern_flips()
    {
        var initial = TestNetworks.Exact(6, 3, Slope, seed: 4);
        var tests = TestNetworks.Dyadic(TestNetworks.RandomMatrix(3, 3, seed: 22));
        var result = Train(initial, new Rational(1, 64), 3, Rational.Zero, tests);
        Assert.Equal(0, result.EverFlipped);
        Assert.Equal(new Rational(3, 64), result.TrainingTime);
        for (int k = 0; k < tests.Rows; k++)
        {
            var z = tests.Row(k);
            Assert.Equal(result.Network.Output(z), LazyClosedForm<Rational>.Output(initial, Inputs, Labels, result.TrainingTime, z));
            Assert.Equal(result.Network.InputGradient(z), LazyClosedForm<Rational>.InputGradient(initial, Inputs, Labels, result.TrainingTime, z));
        }
    }

    [Fact]
    public void E3_with_momentum_uses_the_heavy_ball_training_time()
    {
        var initial = TestNetworks.Exact(6, 3, Slope, seed: 4);
        var beta = new Rational(1, 2);
        var eta = new Rational(1, 128);
        var result = Train(initial, eta, 3, beta, TestNetworks.Dyadic(TestNetworks.RandomMatrix(2, 3, seed: 23)));
        // t = η Σ_{s=1..3} (1 - β^s)/(1 - β) = η (1 + 3/2 + 7/4) = η · 17/4
        Assert.Equal(eta * new Rational(17, 4), result.TrainingTime);
        Assert.Equal(0, result.EverFlipped);
        var z = TestNetworks.Dyadic(TestNetworks.RandomMatrix(2, 3, seed: 23)).Row(1);
        Assert.Equal(result.Network.Output(z), LazyClosedForm<Rational>.Output(initial, Inputs, Labels, result.TrainingTime, z));
    }

    [Fact]
    public void E3_fails_once_patterns_flip()
    {
        // A long step flips patterns; the closed form then no longer describes the network.
        var initial = TestNetworks.Exact(6, 3, Slope, seed: 4);
        var result = Train(initial, 4, 3, Rational.Zero);
        Assert.True(result.EverFlipped > 0);
        Assert.True(result.FlippedShare > 0);
        bool anyDifferent = false;
        for (int n = 0; n < Inputs.Rows; n++)
            anyDifferent |= result.Network.Output(Inputs.Row(n)) != LazyClosedForm<Rational>.Output(initial, Inputs, Labels, result.TrainingTime, Inputs.Row(n));
        Assert.True(anyDifferent);
    }

    [Fact]
    public void E4_closed_form_of_perturbation_learning_holds_exactly()
    {
        var f0 = TestNetworks.Exact(6, 3, Slope, seed: 5);
        var f = Train(f0, new Rational(1, 64), 2, Rational.Zero).Network;
        int[] targets = [1, 1, -1, 1];
        var epsilon = new Rational(1, 8);
        var gradients = new Matrix<Rational>(4, 3);
        var perturbations = new Matrix<Rational>(4, 3);
        var normalisers = new Rational[4];
        for (int n = 0; n < 4; n++)
        {
            var u = f.InputGradient(Inputs.Row(n));
            u.CopyTo(gradients.Row(n));
            normalisers[n] = Perturbation.Normaliser<Rational>(u, PerturbationNorm.ScaledLinf);
            Perturbation.Create<Rational>(u, targets[n], epsilon, PerturbationNorm.ScaledLinf).CopyTo(perturbations.Row(n));
        }
        var g0 = TestNetworks.Exact(8, 3, Slope, seed: 6);
        var tests = TestNetworks.Dyadic(TestNetworks.RandomMatrix(3, 3, seed: 24));
        var g = GradientDescent.Train(g0, perturbations, targets,
            new TrainingSettings<Rational>(new Rational(1, 32), 3, Rational.Zero, LossKind.Identity), tests);
        Assert.Equal(0, g.EverFlipped);
        for (int k = 0; k < tests.Rows; k++)
            Assert.Equal(g.Network.Output(tests.Row(k)),
                LazyClosedForm<Rational>.PerturbationLearningOutput(g0, perturbations, gradients, normalisers, targets, epsilon, g.TrainingTime, tests.Row(k)));
    }

    [Fact]
    public void Symmetric_init_gives_a_gradient_in_the_span_of_the_data()
    {
        // With f_0 ≡ 0 and pairs sharing patterns, ∇f_t(z) = (t/N) Σ y_n K(x_n, z) x_n exactly (E2, E3).
        var initial = TestNetworks.Exact(6, 3, Slope, seed: 7, InitKind.Symmetric);
        var z = TestNetworks.Dyadic(TestNetworks.RandomMatrix(1, 3, seed: 25)).Row(0).ToArray();
        Assert.All(initial.InputGradient(z), g => Assert.Equal(Rational.Zero, g));
        var result = Train(initial, new Rational(1, 64), 2, Rational.Zero);
        var expected = new Rational[3];
        for (int n = 0; n < Inputs.Rows; n++)
        {
            var k = ArcCosineKernel.FiniteWidth(initial, Inputs.Row(n), z) * result.TrainingTime / 4;
            MatrixProducts<Rational>.AddScaled(expected, Labels[n] > 0 ? k : -k, Inputs.Row(n));
        }
        Assert.Equal(expected, result.Network.InputGradient(z));
    }
}
