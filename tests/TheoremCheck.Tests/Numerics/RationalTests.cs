using System.Globalization;
using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

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

    [Fact]
    public void Increment_decrement_unary_plus_and_remainder()
    {
        var half = new Rational(1, 2);
        Assert.Equal(new Rational(3, 2), ++half);
        Assert.Equal(new Rational(1, 2), --half);
        Assert.Equal(new Rational(-1, 2), --half);
        Assert.Equal(half, +half);
        // Truncated remainder, as for double: a - b·trunc(a/b) keeps the sign of a.
        Assert.Equal(new Rational(1, 6), new Rational(7, 6) % new Rational(1, 2));
        Assert.Equal(new Rational(-1, 6), new Rational(-7, 6) % new Rational(1, 2));
        Assert.Equal(new Rational(1, 6), new Rational(7, 6) % new Rational(-1, 2));
        Assert.Equal(Rational.Zero, (Rational)6 % (Rational)3);
        Assert.Equal(new Rational(1, 3), new Rational(1, 3) % (Rational)2);
        Assert.Equal(7.0 / 6 % 0.5, (new Rational(7, 6) % new Rational(1, 2)).ToDouble(), 15);
        Assert.Throws<DivideByZeroException>(() => Rational.One % Rational.Zero);
    }

    [Fact]
    public void Classification_members_of_a_finite_real_number()
    {
        Assert.True(Rational.IsNegative(new Rational(-1, 3)));
        Assert.False(Rational.IsNegative(Rational.Zero));
        Assert.True(Rational.IsPositive(Rational.Zero));
        Assert.False(Rational.IsPositive(new Rational(-1, 3)));
        Assert.True(Rational.IsEvenInteger(-4));
        Assert.False(Rational.IsEvenInteger(3));
        Assert.False(Rational.IsEvenInteger(new Rational(4, 3)));
        Assert.True(Rational.IsOddInteger(-3));
        Assert.False(Rational.IsOddInteger(4));
        Assert.False(Rational.IsOddInteger(new Rational(3, 2)));
        Assert.Equal(
            (true, false, true, true, true, true, false, false, false, false, false, false, false),
            Classify(new Rational(-7, 3)));
        Assert.Equal(
            (false, true, true, true, true, true, false, false, false, false, false, false, false),
            Classify(Rational.Zero));
        Assert.Equal((true, false), (Integer((Rational)5), Integer(new Rational(5, 2))));
        Assert.Equal((-1, 0, 1), (Sign(new Rational(-1, 9)), Sign(Rational.Zero), Sign(new Rational(1, 9))));
        Assert.Throws<NotSupportedException>(() => Radix<Rational>());

        static bool Integer<T>(T value) where T : INumber<T> => T.IsInteger(value);
        static int Sign<T>(T value) where T : INumber<T> => T.Sign(value);
        static int Radix<T>() where T : INumber<T> => T.Radix;
        static (bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool) Classify<T>(T v) where T : INumber<T> =>
            (T.IsNormal(v), T.IsZero(v), T.IsCanonical(v), T.IsFinite(v), T.IsRealNumber(v), !T.IsNaN(v), T.IsNaN(v),
             T.IsInfinity(v), T.IsPositiveInfinity(v), T.IsNegativeInfinity(v), T.IsSubnormal(v), T.IsComplexNumber(v), T.IsImaginaryNumber(v));
    }

    [Fact]
    public void Magnitude_comparisons_prefer_the_positive_maximum_and_the_negative_minimum()
    {
        var a = new Rational(-3, 4);
        var b = new Rational(1, 2);
        Assert.Equal(a, Rational.MaxMagnitude(a, b));
        Assert.Equal(a, Rational.MaxMagnitude(b, a));
        Assert.Equal(b, Rational.MinMagnitude(a, b));
        Assert.Equal(b, Rational.MinMagnitude(b, a));
        Assert.Equal(-a, Rational.MaxMagnitude(a, -a));
        Assert.Equal(-a, Rational.MaxMagnitude(-a, a));
        Assert.Equal(a, Rational.MinMagnitude(a, -a));
        Assert.Equal(a, Rational.MinMagnitude(-a, a));
        Assert.Equal(a, Rational.MaxMagnitudeNumber(a, b));
        Assert.Equal(b, Rational.MinMagnitudeNumber(a, b));
        // The defaults of INumber over Rational: the same answers as for double.
        Assert.Equal(Math.Max(-0.75, 0.5), Max(a, b).ToDouble());
        Assert.Equal(Math.Clamp(2.0, -0.75, 0.5), Clamp((Rational)2, a, b).ToDouble());
        Assert.Equal(-0.5, CopySign(b, a).ToDouble());

        static T Max<T>(T x, T y) where T : INumber<T> => T.Max(x, y);
        static T Clamp<T>(T x, T min, T max) where T : INumber<T> => T.Clamp(x, min, max);
        static T CopySign<T>(T x, T sign) where T : INumber<T> => T.CopySign(x, sign);
    }

    [Fact]
    public void Non_generic_comparison_orders_rationals_and_rejects_other_types()
    {
        IComparable half = new Rational(1, 2);
        Assert.Equal(1, half.CompareTo(null));
        Assert.Equal(-1, half.CompareTo(new Rational(2, 3)));
        Assert.Equal(1, half.CompareTo(new Rational(1, 3)));
        Assert.Equal(0, half.CompareTo(new Rational(2, 4)));
        Assert.Throws<ArgumentException>(() => half.CompareTo(0.5));
    }

    [Fact]
    public void Generic_conversions_are_exact_from_double_and_truncate_to_integers()
    {
        Assert.Equal(new Rational(-3, 8), Convert<Rational, double>(-0.375));
        Assert.Equal(Rational.FromDouble(0.1), Convert<Rational, double>(0.1));
        Assert.Equal((Rational)(-7), Convert<Rational, int>(-7));
        Assert.Equal((Rational)long.MinValue, Convert<Rational, long>(long.MinValue));
        Assert.Equal((Rational)BigInteger.Pow(3, 50), Convert<Rational, BigInteger>(BigInteger.Pow(3, 50)));
        Assert.Equal(new Rational(-3, 8), Saturating<Rational, double>(-0.375));
        Assert.Equal(new Rational(-3, 8), Truncating<Rational, double>(-0.375));
        Assert.Throws<OverflowException>(() => Convert<Rational, double>(double.NaN));
        Assert.Throws<OverflowException>(() => Saturating<Rational, double>(double.PositiveInfinity));
        Assert.Throws<OverflowException>(() => Truncating<Rational, double>(double.NegativeInfinity));
        Assert.Throws<NotSupportedException>(() => Convert<Rational, decimal>(1m));

        var sevenHalves = new Rational(-7, 2);
        Assert.Equal(-3.5, Convert<double, Rational>(sevenHalves));
        Assert.Equal(1.0 / 3, Convert<double, Rational>(new Rational(1, 3)));
        Assert.Equal(-3, Convert<int, Rational>(sevenHalves));
        Assert.Equal(-3L, Convert<long, Rational>(sevenHalves));
        Assert.Equal(new BigInteger(-3), Convert<BigInteger, Rational>(sevenHalves));
        var huge = (Rational)BigInteger.Pow(2, 70) + new Rational(1, 2);
        Assert.Throws<OverflowException>(() => Convert<int, Rational>(huge));
        Assert.Throws<OverflowException>(() => Convert<long, Rational>(huge));
        Assert.Equal(BigInteger.Pow(2, 70), Convert<BigInteger, Rational>(huge));
        Assert.Equal(int.MaxValue, int.CreateSaturating(huge));
        Assert.Equal(long.MinValue, long.CreateSaturating(-huge));
        Assert.Equal(0, int.CreateTruncating(huge));
        Assert.Equal(0L, long.CreateTruncating(huge));
        Assert.Equal(5, int.CreateTruncating((Rational)BigInteger.Pow(2, 64) + 5));
        Assert.Equal(5L, long.CreateTruncating((Rational)BigInteger.Pow(2, 64) + 5));
        Assert.Equal(-3, int.CreateSaturating(sevenHalves));
        Assert.Equal(-3L, long.CreateSaturating(sevenHalves));
        Assert.Equal(Math.Pow(2, 70), double.CreateSaturating(huge));
        Assert.Equal(Math.Pow(2, 70), double.CreateTruncating(huge));
        Assert.Equal(BigInteger.Pow(2, 70), BigInteger.CreateSaturating(huge));
        Assert.Equal(BigInteger.Pow(2, 70), BigInteger.CreateTruncating(huge));
        Assert.Throws<NotSupportedException>(() => Convert<decimal, Rational>(sevenHalves));
        Assert.Throws<NotSupportedException>(() => decimal.CreateSaturating(sevenHalves));
        Assert.Throws<NotSupportedException>(() => decimal.CreateTruncating(sevenHalves));

        static TTo Convert<TTo, TFrom>(TFrom value) where TTo : INumberBase<TTo> where TFrom : INumberBase<TFrom> => TTo.CreateChecked(value);
        static TTo Saturating<TTo, TFrom>(TFrom value) where TTo : INumberBase<TTo> where TFrom : INumberBase<TFrom> => TTo.CreateSaturating(value);
        static TTo Truncating<TTo, TFrom>(TFrom value) where TTo : INumberBase<TTo> where TFrom : INumberBase<TFrom> => TTo.CreateTruncating(value);
    }

    [Theory]
    [InlineData("1E-05", 1, 100000)]
    [InlineData("2.5e3", 2500, 1)]
    [InlineData("-1.25E+2", -125, 1)]
    [InlineData(" +0.5 ", 1, 2)]
    [InlineData(".5", 1, 2)]
    [InlineData("5.", 5, 1)]
    [InlineData("-.5", -1, 2)]
    [InlineData(" 3 / -6 ", -1, 2)]
    [InlineData("9.5367431640625E-07", 1, 1048576)]
    public void Parse_reads_exponents_signs_and_white_space(string text, long numerator, long denominator)
    {
        var expected = new Rational(numerator, denominator);
        Assert.Equal(expected, Rational.Parse(text));
        Assert.Equal(expected, Rational.Parse(text, CultureInfo.InvariantCulture));
        Assert.Equal(expected, Rational.Parse(text.AsSpan(), CultureInfo.InvariantCulture));
        Assert.True(Rational.TryParse(text, CultureInfo.InvariantCulture, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.True(Rational.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(expected, ParseGeneric<Rational>(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1/0")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("1/2/3")]
    [InlineData("0.5/2")]
    [InlineData("1e")]
    [InlineData("e5")]
    [InlineData("1e5.5")]
    [InlineData("1e10000")]
    [InlineData("1e-10000")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("--1")]
    [InlineData("NaN")]
    [InlineData("0x10")]
    [InlineData("1 2")]
    public void Malformed_text_is_not_a_rational(string text)
    {
        Assert.False(Rational.TryParse(text, CultureInfo.InvariantCulture, out _));
        var error = Assert.Throws<FormatException>(() => Rational.Parse(text));
        Assert.Contains($"'{text}' is not a rational number", error.Message);
    }

    [Fact]
    public void Parse_follows_the_number_styles_it_is_given()
    {
        Assert.Equal((Rational)BigInteger.Pow(10, Rational.MaxDecimalExponent), Rational.Parse($"1e{Rational.MaxDecimalExponent}"));
        Assert.Equal(new Rational(1, BigInteger.Pow(10, Rational.MaxDecimalExponent)), Rational.Parse($"1e-{Rational.MaxDecimalExponent}"));
        Assert.Equal((Rational)12, Rational.Parse("12", NumberStyles.None, null));
        Assert.Equal(new Rational(1, 2), Rational.Parse("1/2", NumberStyles.None, null));
        Assert.False(Rational.TryParse(" 12", NumberStyles.None, null, out _));
        Assert.False(Rational.TryParse("12 ", NumberStyles.None, null, out _));
        Assert.True(Rational.TryParse(" 12", NumberStyles.AllowLeadingWhite, null, out _));
        Assert.True(Rational.TryParse("12 ", NumberStyles.AllowTrailingWhite, null, out _));
        Assert.False(Rational.TryParse("-12", NumberStyles.None, null, out _));
        Assert.False(Rational.TryParse("-1/2", NumberStyles.None, null, out _));
        Assert.True(Rational.TryParse("-12", NumberStyles.AllowLeadingSign, null, out var negative));
        Assert.Equal((Rational)(-12), negative);
        Assert.False(Rational.TryParse("1.5", NumberStyles.Integer, null, out _));
        Assert.True(Rational.TryParse("1.5", NumberStyles.AllowDecimalPoint, null, out _));
        Assert.False(Rational.TryParse("1e5", NumberStyles.Integer | NumberStyles.AllowDecimalPoint, null, out _));
        Assert.True(Rational.TryParse("1e-5", NumberStyles.AllowExponent, null, out var small));
        Assert.Equal(new Rational(1, 100000), small);
        Assert.False(Rational.TryParse((string?)null, NumberStyles.Float, null, out _));
        Assert.False(Rational.TryParse((string?)null, null, out _));
        Assert.Throws<ArgumentNullException>(() => Rational.Parse(null!, NumberStyles.Float, null));
        var unsupported = Assert.Throws<ArgumentException>(() => Rational.Parse("12", NumberStyles.AllowHexSpecifier, null));
        Assert.Contains("AllowHexSpecifier", unsupported.Message);
        Assert.Throws<ArgumentException>(() => Rational.TryParse("12", NumberStyles.AllowThousands, null, out _));
    }

    [Theory]
    [InlineData(-6, 4)]
    [InlineData(5, 1)]
    [InlineData(0, 1)]
    [InlineData(-123456789, 1000)]
    public void Formatting_is_the_ToString_form_and_round_trips(long numerator, long denominator)
    {
        var r = new Rational(numerator, denominator);
        string text = r.ToString();
        Assert.Equal(text, $"{r}");
        Assert.Equal(text, r.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(text, r.ToString("g", null));
        Assert.Equal(text, r.ToString(null, null));
        Assert.Equal(r, Rational.Parse(text));
        var buffer = new char[text.Length];
        Assert.True(r.TryFormat(buffer, out int written, default, null));
        Assert.Equal(text, new string(buffer, 0, written));
        for (int length = 0; length < text.Length; length++)
        {
            Assert.False(r.TryFormat(new char[length], out written, default, null));
            Assert.Equal(0, written);
        }
        Assert.Throws<FormatException>(() => r.ToString("F2", null));
        Assert.Throws<FormatException>(() => r.TryFormat(buffer, out _, "N", null));
    }

    private static T ParseGeneric<T>(string text) where T : INumber<T> => T.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Rational_to_double_for_large_and_tiny_values()
    {
        var big = new Rational(System.Numerics.BigInteger.Pow(10, 300) + 1, 3);
        Assert.Equal(1e300 / 3, big.ToDouble(), 1e286);
        var tiny = new Rational(1, System.Numerics.BigInteger.Pow(10, 300));
        Assert.Equal(1e-300, tiny.ToDouble(), 1e-314);
        Assert.Equal(-0.1, Rational.Parse("-1/10").ToDouble());
    }

    [Fact]
    public void Rational_to_double_is_correctly_rounded()
    {
        // IEEE division of exactly representable integers is correctly rounded: the reference.
        var rng = new Random(5);
        for (int k = 0; k < 20000; k++)
        {
            long p = rng.NextInt64(-1L << 40, 1L << 40), q = rng.NextInt64(1, 1L << 40);
            Assert.Equal((double)p / q, new Rational(p, q).ToDouble());
        }
    }

    // The word form (p, q in 64-bit words) and the BigInteger form meet at |p| = 2^63 - 1 and q = 2^63 - 1.
    // The tests below compare against BigInteger arithmetic written out here, which knows nothing of the forms.

    private static readonly BigInteger Word = long.MaxValue;

    [Theory]
    [InlineData("9223372036854775807", "1", true)]
    [InlineData("-9223372036854775807", "9223372036854775807", true)] // equal parts cancel to -1
    [InlineData("1", "9223372036854775807", true)]
    [InlineData("9223372036854775808", "1", false)]
    [InlineData("-9223372036854775808", "3", false)]
    [InlineData("1", "9223372036854775808", false)]
    [InlineData("18446744073709551616", "2", false)] // 2^64 / 2 = 2^63 still leaves the word
    public void Fits_in_words_exactly_when_both_parts_are_within_two_to_the_63_minus_one(string numerator, string denominator, bool fits)
    {
        var value = new Rational(BigInteger.Parse(numerator), BigInteger.Parse(denominator));
        Assert.Equal(fits, value.FitsInWords);
        Assert.Equal(BigInteger.Abs(value.Numerator) <= Word && value.Denominator <= Word, value.FitsInWords);
    }

    /// <summary>p/q in lowest terms with q > 0, by BigInteger gcd.</summary>
    private static (BigInteger P, BigInteger Q) Canonical(BigInteger p, BigInteger q)
    {
        if (q.Sign < 0) { p = -p; q = -q; }
        var g = BigInteger.GreatestCommonDivisor(p, q);
        return p.IsZero ? (BigInteger.Zero, BigInteger.One) : (p / g, q / g);
    }

    private static void AssertIs(BigInteger p, BigInteger q, Rational actual, string what)
    {
        var (cp, cq) = Canonical(p, q);
        Assert.True(cp == actual.Numerator && cq == actual.Denominator, $"{what}: expected {cp}/{cq}, got {actual}");
        // Built again from the expected parts, the value has the same fields: one representation per value.
        var rebuilt = new Rational(cp, cq);
        Assert.True(rebuilt.Equals(actual) && rebuilt == actual, $"{what}: {actual} differs from the same value built from its parts");
        Assert.Equal(rebuilt.GetHashCode(), actual.GetHashCode());
    }

    /// <summary>Magnitudes at and around the edges of 64 and 128 bits, powers of two, and plain small values.</summary>
    private static BigInteger EdgeMagnitude(Random rng) => rng.Next(9) switch
    {
        0 => rng.Next(0, 16),
        1 => rng.NextInt64(1, 1L << 40),
        2 => Word + rng.Next(-3, 4),
        3 => (BigInteger.One << 64) + rng.Next(-3, 4),
        4 => (BigInteger.One << rng.Next(0, 130)),
        5 => (BigInteger.One << 127) + rng.Next(-3, 4),
        6 => (BigInteger.One << 126) + rng.Next(-3, 4),
        7 => new BigInteger(rng.NextInt64(1, long.MaxValue)) * rng.NextInt64(1, long.MaxValue),
        _ => (BigInteger)rng.NextInt64(1, 1L << 31) << rng.Next(0, 40),
    };

    private static (BigInteger P, BigInteger Q) EdgeFraction(Random rng)
    {
        var p = EdgeMagnitude(rng) * (rng.Next(2) == 0 ? 1 : -1);
        var q = EdgeMagnitude(rng);
        if (q.IsZero) q = BigInteger.One;
        // Negative denominators and common factors go through the constructor's normalisation.
        int factor = rng.Next(4) == 0 ? rng.Next(2, 9) : 1;
        return rng.Next(4) == 0 ? (-p * factor, -q * factor) : (p * factor, q * factor);
    }

    [Fact]
    public void Arithmetic_at_the_word_edges_matches_BigInteger_fractions()
    {
        var rng = new Random(20241029);
        for (int k = 0; k < 20000; k++)
        {
            var (p, q) = EdgeFraction(rng);
            var (r, s) = EdgeFraction(rng);
            var a = new Rational(p, q);
            var b = new Rational(r, s);
            AssertIs(p, q, a, "construction");
            AssertIs(p * s + r * q, q * s, a + b, $"{a} + {b}");
            AssertIs(p * s - r * q, q * s, a - b, $"{a} - {b}");
            AssertIs(p * r, q * s, a * b, $"{a} * {b}");
            if (!r.IsZero) AssertIs(p * s, q * r, a / b, $"{a} / {b}");
            AssertIs(-p, q, -a, $"-{a}");
            // p/q - r/s = (ps - rq)/(qs): its sign orders a and b.
            int expectedOrder = (p * s - r * q).Sign * q.Sign * s.Sign;
            Assert.Equal(expectedOrder, Math.Sign(a.CompareTo(b)));
            Assert.Equal(expectedOrder == 0, a == b);
        }
    }

    [Fact]
    public void Word_sums_and_products_that_land_on_the_64_bit_boundary()
    {
        // Numerators and denominators chosen so that sums p·(s/g) + r·(q/g), products and the denominators
        // (q/g)·(s/h) reach 2^63 - 1, 2^63 and -2^63 exactly, with shared, nested and coprime odd factors
        // (2^63 - 1 = 7²·73·127·337·92737·649657; 5^27 and 3^39 are odd words close to 2^63).
        BigInteger two62 = BigInteger.One << 62, two63 = BigInteger.One << 63;
        BigInteger[] numerators = [1, 3, 7, two62, two62 - 1, two62 + 1, Word, Word - 1, Word / 7, Word / 3, BigInteger.Pow(5, 27), two63, two63 + 1];
        BigInteger[] denominators = [1, 2, 3, 7, 10, two62, Word, Word / 7, Word / 49, BigInteger.Pow(5, 27), 2 * BigInteger.Pow(5, 26), BigInteger.Pow(3, 39), two63];
        var fractions = (from n in numerators from sign in new[] { 1, -1 } from d in denominators select (P: sign * n, Q: d)).ToArray();
        foreach (var (p, q) in fractions)
        {
            var a = new Rational(p, q);
            AssertIs(p, q, a, "construction");
            foreach (var (r, s) in fractions)
            {
                var b = new Rational(r, s);
                AssertIs(p * s + r * q, q * s, a + b, $"{a} + {b}");
                AssertIs(p * s - r * q, q * s, a - b, $"{a} - {b}");
                AssertIs(p * r, q * s, a * b, $"{a} * {b}");
                AssertIs(p * s, q * r, a / b, $"{a} / {b}");
            }
        }
    }

    [Fact]
    public void Values_at_the_boundary_of_the_word_form()
    {
        var max = (Rational)long.MaxValue;
        var min = (Rational)long.MinValue; // |p| = 2^63: one past the word form
        Assert.Equal(-(BigInteger)long.MinValue, (-min).Numerator);
        Assert.Equal(new Rational(long.MinValue, 1), min);
        Assert.Equal(max + 1, -min);
        Assert.Equal(min, -max - 1);
        Assert.Equal((Rational)(-(BigInteger)long.MinValue), Rational.Abs(min));
        Assert.Equal(Rational.One, max / max);
        Assert.Equal(new Rational(1, long.MaxValue), Rational.One / max);
        Assert.Equal(new Rational(-1, -(BigInteger)long.MinValue), Rational.One / min);
        // (2^63 - 1)² needs 126 bits, its square 252: the word form hands over and takes back exactly.
        var square = max * max;
        Assert.Equal(BigInteger.Pow(long.MaxValue, 2), square.Numerator);
        Assert.Equal(BigInteger.Pow(long.MaxValue, 4), (square * square).Numerator);
        Assert.Equal(max, square / max);
        Assert.Equal(Rational.One, square * square / (square * square));
        Assert.Equal(Rational.Zero, square - square);
        // Denominators: 1/(2^63 - 1) - 1/2^63 over (2^63 - 1)·2^63.
        var largeDenominator = new Rational(1, BigInteger.One << 63);
        Assert.Equal(new Rational(1, (BigInteger.One << 63) * long.MaxValue), new Rational(1, long.MaxValue) - largeDenominator);
        Assert.Equal(new Rational(1, BigInteger.One << 62), largeDenominator + largeDenominator);
        Assert.True(largeDenominator < new Rational(1, long.MaxValue));
        Assert.True(-largeDenominator > new Rational(-1, long.MaxValue));
        // 2^127 - 1 is Int128.MaxValue: a sum that reaches it must not wrap.
        var half = new Rational((BigInteger.One << 126) - 1, 1);
        Assert.Equal((BigInteger.One << 127) - 2, (half + half).Numerator);
        Assert.Equal(-((BigInteger.One << 127) - 2), (-half - half).Numerator);
        Assert.Equal(-(BigInteger)long.MaxValue - 1, ((Rational)long.MinValue).Numerator);
        Assert.Equal(long.MinValue, long.CreateChecked(min));
        Assert.Throws<OverflowException>(() => long.CreateChecked(-min));
    }

    [Fact]
    public void Mixed_word_and_BigInteger_operands()
    {
        var big = new Rational(BigInteger.Pow(3, 60), BigInteger.Pow(2, 70));
        var small = new Rational(5, 12);
        Assert.Equal(new Rational(BigInteger.Pow(3, 60) * 12 + 5 * BigInteger.Pow(2, 70), BigInteger.Pow(2, 70) * 12), big + small);
        Assert.Equal(new Rational(BigInteger.Pow(3, 60) * 5, BigInteger.Pow(2, 72) * 3), big * small);
        // A BigInteger result that fits a word again is stored as a word: equal to the same value built small.
        var back = big * new Rational(BigInteger.Pow(2, 70), BigInteger.Pow(3, 58));
        Assert.Equal((Rational)9, back);
        Assert.Equal(((Rational)9).GetHashCode(), back.GetHashCode());
        Assert.True(back.IsInteger);
        Assert.Equal("9", back.ToString());
        Assert.Equal(small, big - big + small);
        Assert.True(big > small);
        Assert.Equal(1, big.CompareTo(small));
    }

    [Fact]
    public void Word_gcd_agrees_with_BigInteger()
    {
        var rng = new Random(7);
        ulong[] edges = [0, 1, 2, 3, 1UL << 63, ulong.MaxValue, long.MaxValue, 1UL << 32, 3UL << 40, 9];
        foreach (var u in edges)
            foreach (var v in edges)
                Assert.Equal((ulong)BigInteger.GreatestCommonDivisor(u, v), Rational.Gcd(u, v));
        for (int k = 0; k < 20000; k++)
        {
            ulong common = (ulong)rng.NextInt64(1, 1L << rng.Next(1, 20));
            ulong u = (ulong)rng.NextInt64(0, long.MaxValue) >> rng.Next(0, 60), v = (ulong)rng.NextInt64(0, long.MaxValue) >> rng.Next(0, 60);
            if (u <= ulong.MaxValue / common) u *= common;
            if (v <= ulong.MaxValue / common) v *= common;
            Assert.Equal((ulong)BigInteger.GreatestCommonDivisor(u, v), Rational.Gcd(u, v));
        }
    }

    [Fact]
    public void Sum_of_products_equals_the_sum_term_by_term()
    {
        var rng = new Random(11);
        for (int k = 0; k < 3000; k++)
        {
            int count = rng.Next(0, 12), xStride = rng.Next(1, 4), yStride = rng.Next(1, 4);
            var x = new Rational[Math.Max(1, count * xStride)];
            var y = new Rational[Math.Max(1, count * yStride)];
            // Training-like values (dyadic times 1/N and 9/10 powers) most of the time; edge values now and then,
            // so that the accumulator overflows its 128-bit numerator or 64-bit denominator and hands over.
            for (int i = 0; i < x.Length; i++) x[i] = TrainingLike(rng);
            for (int i = 0; i < y.Length; i++) y[i] = TrainingLike(rng);
            BigInteger p = 0, q = 1;
            for (int i = 0; i < count; i++)
            {
                var a = x[i * xStride];
                var b = y[i * yStride];
                (p, q) = (p * a.Denominator * b.Denominator + a.Numerator * b.Numerator * q, q * a.Denominator * b.Denominator);
            }
            AssertIs(p, q, Rational.SumOfProducts(x, xStride, y, yStride, count), $"sum of {count} products");
        }
    }

    private static Rational TrainingLike(Random rng) => rng.Next(12) switch
    {
        0 => Rational.Zero,
        1 => new Rational(EdgeMagnitude(rng) * (rng.Next(2) * 2 - 1), BigInteger.Max(BigInteger.One, EdgeMagnitude(rng))),
        2 => new Rational(rng.NextInt64(-(1L << 62), 1L << 62), 1L << rng.Next(0, 63)),
        3 => new Rational(BigInteger.Pow(9, rng.Next(0, 30)) * rng.Next(-50, 50), BigInteger.Pow(10, rng.Next(0, 30)) << rng.Next(0, 8)),
        _ => new Rational(rng.Next(-4096, 4096), (long)rng.Next(1, 25) << rng.Next(0, 24)),
    };

    [Fact]
    public void Rational_to_double_rounds_to_nearest_beyond_53_bits()
    {
        // Operands past 2^53 take the BigInteger rounding path; the result must lie within half a unit in the last
        // place, checked by exact comparison with the midpoints to its neighbours (ties: even mantissa).
        var rng = new Random(3);
        for (int k = 0; k < 5000; k++)
        {
            var p = (BigInteger)rng.NextInt64(1, long.MaxValue) << rng.Next(0, 80);
            var q = (BigInteger)rng.NextInt64(1, long.MaxValue) << rng.Next(0, 80);
            if (rng.Next(3) == 0) q = BigInteger.One << rng.Next(0, 100); // exact ties occur
            double x = new Rational(p, q).ToDouble();
            var (below, above) = (Exact(Math.BitDecrement(x)), Exact(Math.BitIncrement(x)));
            var value = Exact(x);
            // |p/q - x| ≤ (next - x)/2 on the side p/q lies, i.e. 2p·den ≤ (x + next)·q·den.
            int lower = (2 * p * value.Q * below.Q).CompareTo((value.P * below.Q + below.P * value.Q) * q);
            int upper = (2 * p * value.Q * above.Q).CompareTo((value.P * above.Q + above.P * value.Q) * q);
            Assert.True(lower >= 0 && upper <= 0, $"{p}/{q} rounded to {x:R}");
            bool even = (BitConverter.DoubleToInt64Bits(x) & 1) == 0;
            Assert.True((lower != 0 && upper != 0) || even, $"{p}/{q} is a tie and {x:R} is odd");
        }

        static (BigInteger P, BigInteger Q) Exact(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            int exponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = (bits & 0xFFFFFFFFFFFFFL) | (exponent == 0 ? 0 : 1L << 52);
            exponent = (exponent == 0 ? 1 : exponent) - 1075;
            return exponent >= 0 ? ((BigInteger)mantissa << exponent, BigInteger.One) : (mantissa, BigInteger.One << -exponent);
        }
    }
}
