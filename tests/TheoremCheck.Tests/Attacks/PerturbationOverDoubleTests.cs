using TheoremCheck.Attacks;

namespace TheoremCheck.Tests.Attacks;

/// <summary>The attacks in double, and the L2 attack, which needs a square root.</summary>
public sealed class PerturbationOverDoubleTests : PerturbationTests<double>
{
    [Fact]
    public void L2_perturbation_has_length_epsilon_along_the_target_times_gradient()
    {
        var r = Perturbation.Create<double>(Gradient, -1, 0.5, PerturbationNorm.L2);
        double norm = Math.Sqrt(26);
        Assert.Equal(new[] { -1.5 / norm, 2.0 / norm, 0, -0.5 / norm }, r);
        Assert.Equal(0.5, Math.Sqrt(r.Sum(v => v * v)), 12);
        Assert.Equal(norm, Perturbation.Normaliser<double>(Gradient, PerturbationNorm.L2), 15);
        Assert.Equal(1.0, Perturbation.Normaliser<double>(new double[4], PerturbationNorm.L2));
    }
}
