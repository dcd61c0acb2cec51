using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class ProportionTests
{
    [Fact]
    public void A_proportion_is_its_counts_as_a_share_and_as_a_fraction_in_lowest_terms()
    {
        var p = new Proportion(4, 6);
        Assert.Equal(4.0 / 6, p.Share);
        Assert.Equal(new Rational(2, 3), p.Fraction);
        Assert.Equal("4/6", p.ToString());
        Assert.Equal(Rational.One, new Proportion(5, 5).Fraction);
        Assert.Equal(0, new Proportion(0, 0).Share);
        Assert.Equal(Rational.Zero, new Proportion(0, 0).Fraction);
    }
}
