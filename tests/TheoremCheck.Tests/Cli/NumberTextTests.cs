using TheoremCheck.Cli;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Cli;

public class NumberTextTests
{
    [Fact]
    public void Fractions_show_their_decimal_value_beside_them()
    {
        Assert.Equal("17/32 (0.53125)", NumberText.Show(new Rational(17, 32)));
        Assert.Equal("3", NumberText.Show(new Rational(3, 1)));
        Assert.Equal("-1/3 (-0.333333)", NumberText.Show(new Rational(-1, 3)));
        Assert.Equal("0.53125", NumberText.Show(0.53125));
        var json = NumberText.Json(new Rational(1, 4)).AsObject();
        Assert.Equal(("1/4", 0.25), ((string?)json["fraction"], (double)json["decimal"]!));
        Assert.Equal(0.25, (double)NumberText.Json(0.25));
    }
}
