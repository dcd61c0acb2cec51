using TheoremCheck.Attacks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Attacks;

/// <summary>The attacks in exact rationals, where the L2 attack has no value and says so.</summary>
public sealed class PerturbationOverRationalTests : PerturbationTests<Rational>
{
    [Fact]
    public void The_L2_attack_fails_plainly()
    {
        var noRoot = Assert.Throws<InvalidOperationException>(() => Perturbation.Create<Rational>(Gradient, 1, 1, PerturbationNorm.L2));
        Assert.Contains("The L2 attack needs a square root, which exact arithmetic does not have", noRoot.Message);
    }
}
