using TheoremCheck.Attacks;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class AttackSpecTests
{
    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.01, true)]
    [InlineData(-1e-9, false)]
    [InlineData(double.PositiveInfinity, false)]
    [InlineData(double.NaN, false)]
    public void Epsilon_has_one_rule_zero_or_more(double epsilon, bool valid) =>
        Assert.Equal(valid, !new AttackSpec { Epsilon = epsilon }.Problems().Any());

    [Fact]
    public void The_l0_attack_changes_at_least_one_coordinate()
    {
        Assert.Equal("attack.l0_coordinates", Assert.Single(new AttackSpec { Norm = PerturbationNorm.L0, L0Coordinates = 0 }.Problems()).Field);
        Assert.Empty(new AttackSpec { Norm = PerturbationNorm.L2, L0Coordinates = 0 }.Problems());
    }
}
