using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;
using static TheoremCheck.Properties.Components.Fraction;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// <see cref="Rational"/> against <see cref="Fraction"/>, schoolbook BigInteger cross-multiplication: value, lowest
/// terms and positive denominator after every operation, order, equality and hashing, parsing against a digit loop,
/// printing, and the conversions against the exact value of doubles and correct rounding found by search.
/// </summary>
public sealed class RationalProperties
{
    private const int Cases = 400;

    private static Property ForPairs(Func<Fraction, Fraction, bool> holds) =>
        Prop.ForAll(Arb.From(RationalGenerators.Pair), pair => holds(pair.A, pair.B).Label($"a = {pair.A}, b = {pair.B}"));

    [Fact]
    public void Construction_gives_lowest_terms_with_a_positive_denominator() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), f =>
        {
            var r = f.ToRational();
            var (p, q) = f.Reduced();
            return (IsNormalForm(r, f) && r.Numerator == p && r.Denominator == q && r.IsInteger == q.IsOne).Label($"{f} -> {r}");
        }), Cases);

    [Fact]
    public void Sum_and_difference_are_exact_and_normalised() =>
        ComponentCheck.Run(ForPairs((a, b) =>
            IsNormalForm(a.ToRational() + b.ToRational(), a.Add(b)) && IsNormalForm(a.ToRational() - b.ToRational(), a.Subtract(b)) && IsNormalForm(b.ToRational() - a.ToRational(), b.Subtract(a))), Cases);

    [Fact]
    public void Product_and_quotient_are_exact_and_normalised() =>
        ComponentCheck.Run(ForPairs((a, b) =>
            IsNormalForm(a.ToRational() * b.ToRational(), a.Multiply(b))
            && (b.P.IsZero ? Throws<DivideByZeroException>(() => a.ToRational() / b.ToRational()) : IsNormalForm(a.ToRational() / b.ToRational(), a.Divide(b)))
            && (a.P.IsZero ? Throws<DivideByZeroException>(() => b.ToRational() / a.ToRational()) : IsNormalForm(b.ToRational() / a.ToRational(), b.Divide(a)))), Cases);

    [Fact]
    public void Negation_absolute_value_and_sign() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), f =>
        {
            var r = f.ToRational();
            var abs = new Fraction(BigInteger.Abs(f.P), BigInteger.Abs(f.Q));
            return (IsNormalForm(-r, f.Negate()) && IsNormalForm(Rational.Abs(r), abs) && r.Sign == f.Sign && IsNormalForm(-(-r), f)).Label($"{f}");
        }), Cases);

    [Fact]
    public void Order_and_equality_agree_with_cross_multiplication() =>
        ComponentCheck.Run(ForPairs((a, b) =>
        {
            Rational x = a.ToRational(), y = b.ToRational();
            int c = a.CompareTo(b);
            return Math.Sign(x.CompareTo(y)) == c && Math.Sign(y.CompareTo(x)) == -c
                && (x < y) == (c < 0) && (x > y) == (c > 0) && (x <= y) == (c <= 0) && (x >= y) == (c >= 0)
                && (y < x) == (c > 0) && (y >= x) == (c <= 0)
                && (x == y) == (c == 0) && (x != y) == (c != 0) && x.Equals(y) == (c == 0) && x.Equals((object)y) == (c == 0)
                && (c != 0 || x.GetHashCode() == y.GetHashCode());
        }), Cases);

    [Fact]
    public void Equal_values_written_differently_are_equal_and_hash_alike() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), Arb.From(RationalGenerators.NonZeroInteger), (f, k) =>
        {
            Rational a = f.ToRational(), b = new(f.P * k, f.Q * k);
            return (a == b && a.Equals(b) && a.GetHashCode() == b.GetHashCode() && a.CompareTo(b) == 0
                && a.Numerator == b.Numerator && a.Denominator == b.Denominator && a.ToString() == b.ToString()).Label($"{f} and k = {k}");
        }), Cases);

    [Fact]
    public void Zero_one_and_integer_conversions()
    {
        Assert.True(IsNormalForm(default, new Fraction(0, 1)) && default(Rational) == Rational.Zero && Rational.Zero.Denominator.IsOne);
        Assert.Equal(new Rational(0, -5), default(Rational));
        Assert.Equal(new Rational(0, -5).GetHashCode(), Rational.Zero.GetHashCode());
        Assert.Equal(Rational.Zero, Rational.AdditiveIdentity);
        Assert.Equal(new Rational(7, 7), Rational.One);
        Assert.Equal(Rational.One, Rational.MultiplicativeIdentity);
        Assert.False(Rational.One.Equals("1"));
        Assert.Throws<DivideByZeroException>(() => new Rational(BigInteger.One, BigInteger.Zero));
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Integer), v =>
        {
            bool fromBig = IsNormalForm(v, new Fraction(v, 1)) && ((Rational)v).IsInteger;
            bool fromLong = v < long.MinValue || v > long.MaxValue || IsNormalForm((long)v, new Fraction(v, 1));
            bool fromInt = v < int.MinValue || v > int.MaxValue || IsNormalForm((int)v, new Fraction(v, 1));
            return (fromBig && fromLong && fromInt).Label($"{v}");
        }), Cases);
    }

    [Fact]
    public void Field_laws_hold_exactly() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), Arb.From(RationalGenerators.Fraction), Arb.From(RationalGenerators.Fraction),
            (fa, fb, fc) =>
            {
                Rational a = fa.ToRational(), b = fb.ToRational(), c = fc.ToRational();
                return (a + b) + c == a + (b + c) && a * b == b * a && (a * b) * c == a * (b * c)
                    && a * (b + c) == a * b + a * c && a - a == Rational.Zero && a + -a == Rational.Zero
                    && a + Rational.Zero == a && a * Rational.One == a && (a.IsZero || a / a == Rational.One)
                    && (b.IsZero || (a / b) * b == a);
            }), Cases / 2);

    /// <summary>Decimal strings: sign, integer digits (maybe none), fraction digits (maybe none), leading zeros, spaces around.</summary>
    private static readonly Gen<(string Text, Fraction Value)> Decimals =
        from sign in Gen.Elements("", "-", "+")
        from intDigits in Gen.Choose(0, 30).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 9), k))
        from fracDigits in Gen.Choose(0, 30).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 9), k))
        from dot in Gen.Elements(true, false)
        from pad in Gen.Elements("", " ", "\t ")
        where intDigits.Length > 0 || (dot && fracDigits.Length > 0)
        let fraction = dot ? fracDigits : []
        let text = pad + sign + string.Concat(intDigits) + (dot ? "." + string.Concat(fraction) : "") + pad
        select (text, DigitValue(sign == "-", intDigits, fraction));

    private static Fraction DigitValue(bool negative, int[] intDigits, int[] fracDigits)
    {
        BigInteger numerator = 0, denominator = 1;
        foreach (int digit in intDigits.Concat(fracDigits)) numerator = numerator * 10 + digit;
        foreach (int _ in fracDigits) denominator *= 10;
        return new Fraction(negative ? -numerator : numerator, denominator);
    }

    [Fact]
    public void Parse_reads_decimals_digit_by_digit() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Decimals), d => IsNormalForm(Rational.Parse(d.Text), d.Value).Label($"'{d.Text}'")), Cases);

    [Fact]
    public void Parse_reads_fractions_and_the_printed_form_round_trips() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.Fraction), f =>
        {
            var r = f.ToRational();
            var (p, q) = f.Reduced();
            string expected = q.IsOne ? p.ToString() : $"{p}/{q}";
            return (r.ToString() == expected && IsNormalForm(Rational.Parse($"{f.P}/{f.Q}"), f) && IsNormalForm(Rational.Parse(r.ToString()), f)
                && IsNormalForm(Rational.Parse($" {f.P} / {f.Q} "), f)).Label($"{f} printed {r}");
        }), Cases);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("--1")]
    [InlineData("0x10")]
    [InlineData("1/2/3")]
    public void Parse_rejects_malformed_text(string text) =>
        Assert.ThrowsAny<FormatException>(() => Rational.Parse(text));

    [Fact]
    public void Parse_rejects_a_zero_denominator()
    {
        Assert.Throws<FormatException>(() => Rational.Parse("3/0"));
        Assert.False(Rational.TryParse("3/0", null, out _));
    }

    [Fact]
    public void FromDouble_is_the_exact_value_of_every_finite_double() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.FiniteDouble), x =>
        {
            var r = Rational.FromDouble(x);
            return (IsNormalForm(r, DoubleValues.Exact(x)) && r.ToDouble() == x && (x != 0 || r.IsZero)).Label($"{x:R}");
        }), Cases);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_rejects_non_finite_values(double x) =>
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(x));

    /// <summary>
    /// Round to nearest, ties to even, overflow to ±∞ at 2^1024 - 2^970 as IEEE 754 says. Below the smallest
    /// normal double the library documents that it may round twice, so there the result must be one of the two
    /// doubles around the value (faithful rounding).
    /// </summary>
    [Fact]
    public void ToDouble_rounds_to_nearest_ties_to_even() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(RationalGenerators.ToRound), v =>
        {
            double actual = v.ToRational().ToDouble();
            double nearest = DoubleValues.Nearest(v);
            if (!DoubleValues.IsSubnormalRange(v)) return (actual.Equals(nearest)).Label($"{v}: {actual:R}, nearest {nearest:R}");
            var (below, above) = DoubleValues.Bracket(new Fraction(BigInteger.Abs(v.P), BigInteger.Abs(v.Q)));
            long bits = BitConverter.DoubleToInt64Bits(Math.Abs(actual));
            return ((actual == 0 || Math.Sign(actual) == v.Sign) && (bits == below || bits == above)).Label($"{v}: {actual:R} (subnormal range)");
        }), Cases);

    private static bool Throws<TException>(Func<Rational> f) where TException : Exception
    {
        try { f(); return false; }
        catch (TException) { return true; }
    }
}
