using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;
using static TheoremCheck.Properties.Components.Fraction;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The generic-math members of <see cref="Rational"/> beyond the field operations, against <see cref="Fraction"/>:
/// truncated remainder, increments, magnitudes, integer tests, conversions to and from the integer types and double in
/// the three overflow modes, exponent notation, number styles, formatting into spans, and comparison with objects.
/// </summary>
public sealed class RationalNumberProperties
{
    private const int Cases = 300;

    /// <summary>trunc(p/q) toward zero, by BigInteger division of the raw parts (BigInteger.Divide truncates).</summary>
    private static BigInteger Truncated(Fraction f) => BigInteger.Divide(f.P, f.Q);

    [Fact]
    public void Remainder_is_a_minus_b_times_the_truncated_quotient() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Pair), pair =>
        {
            var (a, b) = pair;
            if (b.P.IsZero) return Throws<DivideByZeroException>(() => a.ToRational() % b.ToRational()).Label("remainder by zero");
            var quotient = a.Divide(b);
            var expected = a.Subtract(b.Multiply(new Fraction(Truncated(quotient), 1)));
            return IsNormalForm(a.ToRational() % b.ToRational(), expected).Label($"{a} % {b} = {a.ToRational() % b.ToRational()}, expected {expected}");
        }), Cases);

    [Fact]
    public void Increments_magnitudes_and_integer_tests() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Pair), pair =>
        {
            var (a, b) = pair;
            Rational x = a.ToRational(), y = b.ToRational();
            var up = x; up++;
            var down = x; down--;
            var (p, q) = a.Reduced();
            bool integer = q.IsOne;
            var absA = new Fraction(BigInteger.Abs(a.P), BigInteger.Abs(a.Q));
            var absB = new Fraction(BigInteger.Abs(b.P), BigInteger.Abs(b.Q));
            int m = absA.CompareTo(absB);
            var maxMagnitude = m > 0 || (m == 0 && a.Sign >= 0) ? x : y;
            var minMagnitude = m < 0 || (m == 0 && a.Sign < 0) ? x : y;
            int c = a.CompareTo(b);
            return (IsNormalForm(up, a.Add(new Fraction(1, 1))) && IsNormalForm(down, a.Subtract(new Fraction(1, 1))) && +x == x
                && Rational.IsNegative(x) == (a.Sign < 0) && Rational.IsPositive(x) == (a.Sign >= 0)
                && Rational.IsEvenInteger(x) == (integer && p.IsEven) && Rational.IsOddInteger(x) == (integer && !p.IsEven)
                && IsInteger(x) == integer && IsZero(x) == (a.Sign == 0) && SignOf(x) == a.Sign
                && Rational.MaxMagnitude(x, y) == maxMagnitude && Rational.MinMagnitude(x, y) == minMagnitude
                && Rational.MaxMagnitudeNumber(x, y) == maxMagnitude && Rational.MinMagnitudeNumber(x, y) == minMagnitude
                && Max(x, y) == (c >= 0 ? x : y) && Min(x, y) == (c <= 0 ? x : y)
                && Rational.Abs(x) == absA.ToRational() && CopySign(x, y) == (b.Sign < 0 ? -Rational.Abs(x) : Rational.Abs(x)))
                .Label($"{a}, {b}");
        }), Cases);

    private static bool IsInteger<T>(T v) where T : INumberBase<T> => T.IsInteger(v);
    private static T Max<T>(T a, T b) where T : INumber<T> => T.Max(a, b);
    private static T Min<T>(T a, T b) where T : INumber<T> => T.Min(a, b);
    private static T CopySign<T>(T a, T b) where T : INumber<T> => T.CopySign(a, b);
    private static Rational CreateChecked<TFrom>(TFrom v) where TFrom : INumberBase<TFrom> => Create<Rational, TFrom>(v, 0);
    private static Rational CreateSaturating<TFrom>(TFrom v) where TFrom : INumberBase<TFrom> => Create<Rational, TFrom>(v, 1);
    private static Rational CreateTruncating<TFrom>(TFrom v) where TFrom : INumberBase<TFrom> => Create<Rational, TFrom>(v, 2);

    private static T Create<T, TFrom>(TFrom v, int mode) where T : INumberBase<T> where TFrom : INumberBase<TFrom> =>
        mode == 0 ? T.CreateChecked(v) : mode == 1 ? T.CreateSaturating(v) : T.CreateTruncating(v);
    private static bool IsZero<T>(T v) where T : INumberBase<T> => T.IsZero(v);
    private static int SignOf<T>(T v) where T : INumber<T> => T.Sign(v);

    /// <summary>Rational to integers: truncate toward zero, then throw, saturate or wrap (two's complement) out of range.</summary>
    [Fact]
    public void Conversions_to_integers_truncate_then_check_saturate_or_wrap() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), f =>
        {
            var x = f.ToRational();
            var whole = Truncated(f);
            bool Long()
            {
                bool inRange = whole >= long.MinValue && whole <= long.MaxValue;
                long saturated = whole > long.MaxValue ? long.MaxValue : whole < long.MinValue ? long.MinValue : (long)whole;
                long wrapped = (long)(ulong)(whole & ulong.MaxValue);
                return (inRange ? long.CreateChecked(x) == (long)whole : Throws<OverflowException>(() => long.CreateChecked(x)))
                    && long.CreateSaturating(x) == saturated && long.CreateTruncating(x) == wrapped;
            }
            bool Int()
            {
                bool inRange = whole >= int.MinValue && whole <= int.MaxValue;
                int saturated = whole > int.MaxValue ? int.MaxValue : whole < int.MinValue ? int.MinValue : (int)whole;
                int wrapped = (int)(uint)(whole & uint.MaxValue);
                return (inRange ? int.CreateChecked(x) == (int)whole : Throws<OverflowException>(() => int.CreateChecked(x)))
                    && int.CreateSaturating(x) == saturated && int.CreateTruncating(x) == wrapped;
            }
            return (Long() && Int() && BigInteger.CreateChecked(x) == whole && BigInteger.CreateTruncating(x) == whole
                && (double.CreateChecked(x).Equals(DoubleValues.Nearest(f)) || DoubleValues.IsSubnormalRange(f))).Label($"{f}");
        }), Cases);

    [Fact]
    public void Conversions_from_numbers_are_exact() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Integer), Arb.From(RationalGenerators.FiniteDouble), (v, d) =>
        {
            bool fromLong = v < long.MinValue || v > long.MaxValue
                || (IsNormalForm(CreateChecked((long)v), new Fraction(v, 1)) && IsNormalForm(CreateSaturating((long)v), new Fraction(v, 1)));
            bool fromInt = v < int.MinValue || v > int.MaxValue || IsNormalForm(CreateTruncating((int)v), new Fraction(v, 1));
            return (fromLong && fromInt && IsNormalForm(CreateChecked(v), new Fraction(v, 1))
                && IsNormalForm(CreateChecked(d), DoubleValues.Exact(d)) && IsNormalForm(CreateTruncating(d), DoubleValues.Exact(d))).Label($"{v}, {d:R}");
        }), Cases);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_doubles_have_no_rational(double d)
    {
        Assert.Throws<OverflowException>(() => CreateChecked(d));
        Assert.Throws<OverflowException>(() => CreateSaturating(d));
    }

    /// <summary>"[sign]digits[.digits]e[sign]digits": the digit value times 10^exponent, written out with a loop.</summary>
    private static readonly Gen<(string Text, Fraction Value)> Exponents =
        from sign in Gen.Elements("", "-", "+")
        from whole in Gen.Choose(1, 12).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 9), k))
        from fraction in Gen.Choose(0, 12).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 9), k))
        from e in Gen.Elements("e", "E")
        from exponentSign in Gen.Elements("", "-", "+")
        from exponent in Gen.Frequency((4, Gen.Choose(0, 40)), (1, Gen.Choose(300, 400)))
        let text = sign + string.Concat(whole) + (fraction.Length > 0 ? "." + string.Concat(fraction) : "") + e + exponentSign + exponent
        select (text, Scaled(sign == "-", whole, fraction, exponentSign == "-" ? -exponent : exponent));

    private static Fraction Scaled(bool negative, int[] whole, int[] fraction, int exponent)
    {
        BigInteger digits = 0, numeratorScale = 1, denominator = 1;
        foreach (int digit in whole.Concat(fraction)) digits = digits * 10 + digit;
        int power = exponent - fraction.Length;
        for (int k = 0; k < Math.Abs(power); k++) { if (power > 0) numeratorScale *= 10; else denominator *= 10; }
        return new Fraction((negative ? -digits : digits) * numeratorScale, denominator);
    }

    [Fact]
    public void Parse_reads_exponent_notation() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Exponents), t =>
            (IsNormalForm(Rational.Parse(t.Text), t.Value) && Rational.TryParse(t.Text, CultureInfo.InvariantCulture, out var parsed) && IsNormalForm(parsed, t.Value)
             && IsNormalForm(Rational.Parse(t.Text.AsSpan(), CultureInfo.InvariantCulture), t.Value)).Label(t.Text)), Cases);

    [Theory]
    [InlineData("1e5", NumberStyles.AllowDecimalPoint)]
    [InlineData("-1", NumberStyles.None)]
    [InlineData("1.5", NumberStyles.AllowExponent)]
    [InlineData(" 1", NumberStyles.None)]
    [InlineData("1 ", NumberStyles.AllowLeadingWhite)]
    [InlineData("-1/2", NumberStyles.None)]
    [InlineData("1e10000", NumberStyles.Float)]
    [InlineData("1e", NumberStyles.Float)]
    [InlineData("e5", NumberStyles.Float)]
    [InlineData(".", NumberStyles.Float)]
    [InlineData("1/-", NumberStyles.Float)]
    public void Styles_limit_what_parses(string text, NumberStyles style)
    {
        Assert.False(Rational.TryParse(text, style, null, out _));
        Assert.Throws<FormatException>(() => Rational.Parse(text, style, null));
    }

    [Theory]
    [InlineData("1e5", NumberStyles.AllowExponent, 100000, 1)]
    [InlineData("-1", NumberStyles.AllowLeadingSign, -1, 1)]
    [InlineData("1.5", NumberStyles.AllowDecimalPoint, 3, 2)]
    [InlineData(" 1 ", NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, 1, 1)]
    [InlineData("-1/-2", NumberStyles.AllowLeadingSign, 1, 2)]
    [InlineData("1e9999", NumberStyles.Float, -1, 0)]
    public void Styles_allow_what_they_name(string text, NumberStyles style, long numerator, long denominator)
    {
        var expected = denominator == 0 ? (Rational)BigInteger.Pow(10, 9999) : new Rational(numerator, denominator);
        Assert.True(Rational.TryParse(text, style, null, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Unsupported_styles_and_formats_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Rational.Parse("1", NumberStyles.AllowHexSpecifier, null));
        Assert.Throws<ArgumentException>(() => Rational.Parse("1", NumberStyles.AllowThousands, null));
        Assert.Throws<FormatException>(() => new Rational(1, 2).ToString("F2", null));
        Assert.Equal("1/2", new Rational(1, 2).ToString("G", null));
        Assert.Equal("1/2", new Rational(1, 2).ToString(null, null));
        Assert.Equal(1, new Rational(1, 2).CompareTo((object?)null));
        Assert.Equal(-1, Math.Sign(new Rational(1, 3).CompareTo((object)new Rational(1, 2))));
        Assert.Throws<ArgumentException>(() => new Rational(1, 2).CompareTo((object)0.5));
        Assert.Throws<ArgumentNullException>(() => Rational.Parse(null!, NumberStyles.Float, null));
        Assert.False(Rational.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Formatting_into_a_span_writes_the_printed_form_or_reports_too_small() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), Arb.From(Gen.Choose(0, 3)), (f, shortBy) =>
        {
            var x = f.ToRational();
            string printed = x.ToString();
            var exact = new char[printed.Length];
            var tooSmall = new char[Math.Max(0, printed.Length - 1 - shortBy)];
            bool fits = x.TryFormat(exact, out int written, default, null) && written == printed.Length && new string(exact) == printed;
            bool refuses = !x.TryFormat(tooSmall, out int none, "G", null) && none == 0;
            return (fits && refuses && $"{x}" == printed).Label($"{printed}: fits {fits}, refuses {refuses}");
        }), Cases);

    private static bool Throws<TException>(Func<object> f) where TException : Exception
    {
        try { f(); return false; }
        catch (TException) { return true; }
    }
}
