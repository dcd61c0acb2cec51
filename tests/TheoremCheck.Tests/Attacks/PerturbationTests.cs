using TheoremCheck.Attacks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Attacks;

public class PerturbationTests
{
    private static readonly double[] Gradient = [3, -4, 0, 1];

    [Fact]
    public void L2_perturbation_has_length_epsilon_along_the_target_times_gradient()
    {
        var r = Perturbation.Create<double>(Gradient, -1, 0.5, PerturbationNorm.L2);
        double norm = Math.Sqrt(26);
        Assert.Equal(new[] { -1.5 / norm, 2.0 / norm, 0, -0.5 / norm }, r);
        Assert.Equal(0.5, Math.Sqrt(r.Sum(v => v * v)), 12);
    }

    [Fact]
    public void Linf_perturbation_is_epsilon_times_signs()
    {
        Assert.Equal(new[] { 0.25, -0.25, 0, 0.25 }, Perturbation.Create<double>(Gradient, 1, 0.25, PerturbationNorm.Linf));
        Assert.Equal(new[] { -0.25, 0.25, 0, -0.25 }, Perturbation.Create<double>(Gradient, -1, 0.25, PerturbationNorm.Linf));
    }

    [Fact]
    public void L0_changes_only_the_largest_coordinates()
    {
        Assert.Equal(new[] { 0.5, -0.5, 0, 0 }, Perturbation.Create<double>(Gradient, 1, 0.5, PerturbationNorm.L0, 2));
        Assert.Equal(new[] { 0, 0.5, 0, 0 }, Perturbation.Create<double>(Gradient, -1, 0.5, PerturbationNorm.L0, 1));
        Assert.Equal(new[] { 0 }, Perturbation.LargestMagnitudes<double>([-2, 2, 1], 1));
        Assert.Equal(new[] { 1, 2 }, Perturbation.LargestMagnitudes<double>([1, 3, 2], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<double>(Gradient, 1, 0.5, PerturbationNorm.L0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<double>(Gradient, 1, 0.5, PerturbationNorm.L0, 0));
    }

    [Fact]
    public void Exact_scaled_perturbation_keeps_the_L2_direction()
    {
        Rational[] u = [3, -4, 0, 1];
        var r = Perturbation.Create<Rational>(u, 1, new Rational(1, 2), PerturbationNorm.ScaledLinf);
        Assert.Equal(new[] { new Rational(3, 8), new Rational(-1, 2), Rational.Zero, new Rational(1, 8) }, r);
        Assert.Equal((Rational)4, Perturbation.Normaliser<Rational>(u, PerturbationNorm.ScaledLinf));
        Assert.Equal(new[] { new Rational(-3, 2), (Rational)2, Rational.Zero, new Rational(-1, 2) },
            Perturbation.Create<Rational>(u, -1, new Rational(1, 2), PerturbationNorm.None));
        var noRoot = Assert.Throws<InvalidOperationException>(() => Perturbation.Create<Rational>(u, 1, 1, PerturbationNorm.L2));
        Assert.Contains("The L2 attack needs a square root, which exact arithmetic does not have", noRoot.Message);
    }

    [Fact]
    public void Normaliser_is_defined_only_for_attacks_parallel_to_the_gradient()
    {
        Assert.Equal(Math.Sqrt(26), Perturbation.Normaliser<double>(Gradient, PerturbationNorm.L2), 15);
        Assert.Equal(1.0, Perturbation.Normaliser<double>(Gradient, PerturbationNorm.None));
        Assert.Throws<ArgumentException>(() => Perturbation.Normaliser<double>(Gradient, PerturbationNorm.Linf));
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.L2));
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.ScaledLinf));
        Assert.True(Perturbation.IsParallelToGradient(PerturbationNorm.None));
        Assert.False(Perturbation.IsParallelToGradient(PerturbationNorm.Linf));
        Assert.False(Perturbation.IsParallelToGradient(PerturbationNorm.L0));
    }

    [Theory]
    [InlineData(PerturbationNorm.L2)]
    [InlineData(PerturbationNorm.Linf)]
    [InlineData(PerturbationNorm.L0)]
    [InlineData(PerturbationNorm.ScaledLinf)]
    public void Zero_gradient_gives_a_zero_perturbation(PerturbationNorm norm)
    {
        var r = Perturbation.Create<double>(new double[4], 1, 0.5, norm, 2);
        Assert.All(r, v => Assert.Equal(0.0, v));
        Assert.Equal(1.0, Perturbation.Normaliser<double>(new double[4], PerturbationNorm.L2));
    }

    [Fact]
    public void Target_label_must_be_a_sign() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Perturbation.Create<double>(Gradient, 0, 0.5, PerturbationNorm.L2));
}
