using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Integers, fractions and doubles for the rational properties. Besides small values they hit the edges where a
/// fast small-value representation (long, Int128) must hand over to BigInteger: ±2^31, ±2^53, ±2^63, ±2^64,
/// ±2^127, ±2^128 and their neighbours, long.MinValue, and operands of up to 300 bits.
/// </summary>
public static class RationalGenerators
{
    private static readonly int[] EdgeExponents = [31, 32, 52, 53, 62, 63, 64, 65, 126, 127, 128, 129];

    private static readonly BigInteger[] Specials =
    [
        long.MinValue, long.MaxValue, int.MinValue, int.MaxValue, ulong.MaxValue,
        (BigInteger)Int128.MinValue, (BigInteger)Int128.MaxValue, (BigInteger)UInt128.MaxValue,
        -(BigInteger)long.MinValue, (BigInteger)long.MinValue - 1,
    ];

    private static Gen<BigInteger> Magnitude(int maxBits) =>
        from bits in Gen.Choose(1, maxBits)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), (bits + 7) / 8)
        select new BigInteger(bytes, isUnsigned: true) & ((BigInteger.One << bits) - 1);

    private static readonly Gen<int> Signs = Gen.Elements(1, -1);

    /// <summary>Any integer: small, at a representation edge, special, or up to 300 bits.</summary>
    public static Gen<BigInteger> Integer { get; } = Gen.Frequency(
        (4, Gen.Choose(-12, 12).Select(k => (BigInteger)k)),
        (3, from k in Gen.Elements(EdgeExponents) from delta in Gen.Choose(-2, 2) from s in Signs
            select s * ((BigInteger.One << k) + delta)),
        (1, Gen.Elements(Specials)),
        (2, from m in Magnitude(300) from s in Signs select s * m));

    public static Gen<BigInteger> NonZeroInteger { get; } = Integer.Where(v => !v.IsZero);

    /// <summary>A raw fraction p/q with q ≠ 0 of either sign, sometimes with a common factor.</summary>
    public static Gen<Fraction> Fraction { get; } =
        from p in Integer
        from q in NonZeroInteger
        from factor in Gen.Frequency((3, Gen.Constant(BigInteger.One)), (1, NonZeroInteger))
        select new Fraction(p * factor, q * factor);

    /// <summary>A negative fraction, written with the sign on either part: comparisons of two negatives must get the order right.</summary>
    public static Gen<Fraction> NegativeFraction { get; } =
        from p in NonZeroInteger
        from q in NonZeroInteger
        from onDenominator in Gen.Elements(true, false)
        let numerator = -BigInteger.Abs(p)
        let denominator = BigInteger.Abs(q)
        select onDenominator ? new Fraction(-numerator, -denominator) : new Fraction(numerator, denominator);

    /// <summary>Two fractions: independent, both negative, or near each other (equal, or one unit in the last place apart).</summary>
    public static Gen<(Fraction A, Fraction B)> Pair { get; } = Gen.Frequency(
        (3, from a in Fraction from b in Fraction select (a, b)),
        (2, from a in NegativeFraction from b in NegativeFraction select (a, b)),
        (1, from a in Fraction from k in NonZeroInteger select (a, new Fraction(a.P * k, a.Q * k))),
        (1, from a in Fraction from d in Gen.Elements(-1, 1) select (a, new Fraction(a.P * a.Q * 4 + d, a.Q * a.Q * 4))),
        (1, from a in NegativeFraction from b in Fraction select (a, b)));

    /// <summary>Any finite double: uniform bit patterns (every exponent), subnormals, and special values.</summary>
    public static Gen<double> FiniteDouble { get; } = Gen.Frequency(
        (4, from hi in Gen.Choose(0, 0xFFFF) from a in Gen.Choose(0, 0xFFFF) from b in Gen.Choose(0, 0xFFFF) from c in Gen.Choose(0, 0xFFFF)
            let bits = ((long)hi << 48) | ((long)a << 32) | ((long)b << 16) | (long)c
            let x = BitConverter.Int64BitsToDouble(bits)
            select double.IsFinite(x) ? x : BitConverter.Int64BitsToDouble(bits & ~(1L << 62))),
        (1, from m in Gen.Choose(1, 0xFFFF) from s in Signs select s * m * double.Epsilon),
        (1, Gen.Elements(0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 1.0, -1.0, 0.1,
            2.2250738585072014E-308, 2.2250738585072009E-308, 9007199254740993.0, Math.Pow(2, 63), -Math.Pow(2, 63), Math.Pow(2, 64))),
        (2, from k in Gen.Choose(-60, 130) from m in Gen.Choose(-1000, 1000) select Math.ScaleB(m, k)));

    /// <summary>
    /// Values for the rounding of Rational to double: raw fractions, exact midpoints of adjacent doubles (ties),
    /// midpoints nudged by a tiny amount, values near the overflow threshold, and values in the subnormal range.
    /// </summary>
    public static Gen<Fraction> ToRound { get; } = Gen.Frequency(
        (3, Fraction.Where(f => !f.P.IsZero)),
        (3, from x in FiniteDouble
            let next = Math.BitIncrement(x)
            where double.IsFinite(next)
            from nudge in Gen.Elements(0, 1, -1)
            let mid = DoubleValues.Exact(x).Add(DoubleValues.Exact(next)).Multiply(new Fraction(1, 2))
            select nudge == 0 ? mid : mid.Add(new Fraction(nudge, BigInteger.Pow(2, 1200)))),
        (1, from s in Signs from delta in Gen.Choose(-3, 3)
            select new Fraction(s * ((BigInteger.Pow(2, 1024) - BigInteger.Pow(2, 970)) * 8 + delta), 8)));
}
