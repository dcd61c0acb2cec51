using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests;

public class RationalTests
{
    [Fact]
    public void Construction_normalises_sign_and_common_factors()
    {
        var r = new Rational(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
        Assert.Equal(new Rational(-3, 2), r);
        Assert.Equal(new Rational(0, 5), Rational.Zero);
        Assert.Equal(BigInteger.One, new Rational(0, -7).Denominator);
    }

    [Fact]
    public void Zero_denominator_is_rejected()
    {
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
    }

    [Fact]
    public void Arithmetic_is_exact()
    {
        var a = new Rational(1, 3);
        var b = new Rational(1, 6);
        Assert.Equal(new Rational(1, 2), a + b);
        Assert.Equal(new Rational(1, 6), a - b);
        Assert.Equal(new Rational(1, 18), a * b);
        Assert.Equal((Rational)2, a / b);
        Assert.Equal(new Rational(-1, 3), -a);
        Assert.Equal(new Rational(3, 4), new Rational(1, 4) + new Rational(1, 2));
        Assert.Equal(new Rational(5, 7), new Rational(2, 7) + new Rational(3, 7));
        // 1/10 ten times is exactly 1, which no double sum achieves.
        Rational sum = Rational.Zero;
        for (int k = 0; k < 10; k++) sum += new Rational(1, 10);
        Assert.Equal(Rational.One, sum);
    }

    [Fact]
    public void Comparisons_order_by_value()
    {
        var small = new Rational(-1, 2);
        var large = new Rational(1, 3);
        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= new Rational(-2, 4));
        Assert.True(large >= new Rational(2, 6));
        Assert.False(large < small);
        Assert.False(small > large);
        Assert.False(large <= small);
        Assert.False(small >= large);
        Assert.True(new Rational(2, 4) == new Rational(1, 2));
        Assert.True(new Rational(2, 4) != new Rational(1, 3));
        Assert.Equal(-1, small.Sign);
        Assert.Equal(0, Rational.Zero.Sign);
        Assert.Equal(new Rational(1, 2), Rational.Abs(small));
        Assert.Equal(large, Rational.Abs(large));
    }

    [Theory]
    [InlineData(0.5, 1, 2)]
    [InlineData(-0.375, -3, 8)]
    [InlineData(3.0, 3, 1)]
    [InlineData(1.0 / 1024, 1, 1024)]
    [InlineData(5e-324, 1, 0)] // smallest subnormal: 2^-1074
    public void FromDouble_is_the_exact_value(double value, long numerator, long log2OrDenominator)
    {
        var r = Rational.FromDouble(value);
        var expected = log2OrDenominator == 0 ? new Rational(1, BigInteger.Pow(2, 1074)) : new Rational(numerator, log2OrDenominator);
        Assert.Equal(expected, r);
        Assert.Equal(value, r.ToDouble());
    }

    [Fact]
    public void FromDouble_of_large_powers_and_round_trip()
    {
        Assert.Equal((Rational)BigInteger.Pow(2, 60), Rational.FromDouble(Math.Pow(2, 60)));
        foreach (double x in new[] { 0.1, -2.7, 1e-300, 123456.789, 1e300 })
            Assert.Equal(x, Rational.FromDouble(x).ToDouble());
        Assert.Equal(0.0, Rational.Zero.ToDouble());
        Assert.Equal(1.0 / 3, new Rational(1, 3).ToDouble());
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(double.NaN));
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(double.PositiveInfinity));
    }

    [Theory]
    [InlineData("3/4", 3, 4)]
    [InlineData("-0.125", -1, 8)]
    [InlineData("0.9", 9, 10)]
    [InlineData("7", 7, 1)]
    [InlineData("-6/8", -3, 4)]
    public void Parse_reads_fractions_and_decimals(string text, long numerator, long denominator) =>
        Assert.Equal(new Rational(numerator, denominator), Rational.Parse(text));

    [Fact]
    public void ToString_prints_lowest_terms()
    {
        Assert.Equal("-3/2", new Rational(6, -4).ToString());
        Assert.Equal("5", ((Rational)5).ToString());
        Assert.True(((Rational)5).IsInteger);
        Assert.False(new Rational(1, 2).IsInteger);
        Assert.True(Rational.Zero.IsZero);
        Assert.False(Rational.One.IsZero);
    }

    [Fact]
    public void Equal_values_hash_alike()
    {
        Assert.Equal(new Rational(2, 4).GetHashCode(), new Rational(1, 2).GetHashCode());
        Assert.True(new Rational(1, 2).Equals((object)new Rational(2, 4)));
        Assert.False(new Rational(1, 2).Equals("1/2"));
        Assert.Equal(0, new Rational(1, 2).CompareTo(new Rational(3, 6)));
    }
}
