using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class PremiseCheckTests
{
    [Theory]
    [InlineData(0.0, 0.0, true)]
    [InlineData(0.1, 0.1, true)]
    [InlineData(0.49, 0.0, false)]
    [InlineData(0.0, 0.2, false)]
    public void Premise_holds_when_both_trainings_are_lazy(double flippedF, double flippedG, bool holds)
    {
        var premise = PremiseCheck.Of(flippedF, flippedG, width: 1000, dimension: 100, timeF: 10, timeG: 10);
        Assert.Equal(holds, premise.Holds);
        Assert.Equal(LazyRegime.WidthRatio(1000, 100, 10, 10), premise.WidthRatio);
        Assert.Equal(holds ? "lazy (within the theorem's premise)" : "outside the theorem's premise", premise.Verdict);
    }

    [Fact]
    public void Outside_the_premise_no_share_is_shown_as_plainly_holding()
    {
        var outside = PremiseCheck.Of(0.497, 0.0, 1000, 100, 910, 910);
        Assert.Equal("outside the theorem's premise (90.4 % if it applied)", outside.Qualify(0.904));
        Assert.Equal("outside the theorem's premise: flipped_f 0.497 > 0.1, flipped_g 0.000 ≤ 0.1; width m/(d²(t_f+t_g)²) = 3.02E-08", outside.Describe());
        var inside = PremiseCheck.Of(0.01, 0.02, 1000, 100, 910, 910);
        Assert.Equal("90.4 %", inside.Qualify(0.904));
        Assert.StartsWith("lazy (within the theorem's premise): flipped_f 0.010 ≤ 0.1, flipped_g 0.020 ≤ 0.1", inside.Describe());
    }
}
