using System.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Exact values of doubles and correct rounding to double, the oracle of Rational's conversions. Written
/// without bit fields: a finite double is m · 2^e with m = ScaleB(x, 52 - ILogB(x)) an integer (scaling by a
/// power of two is exact), and the nearest double is found by binary search over the ordered bit patterns.
/// </summary>
public static class DoubleValues
{
    /// <summary>x exactly as num / 2^k (k ≥ 0), or num · 2^-k for large x (k &lt; 0).</summary>
    public static Fraction Exact(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentException($"{x} has no exact value.");
        if (x == 0) return new Fraction(0, 1);
        int exponent = Math.ILogB(x) - 52;
        var mantissa = new BigInteger(Math.ScaleB(x, -exponent));
        return exponent >= 0 ? new Fraction(mantissa * BigInteger.Pow(2, exponent), 1) : new Fraction(mantissa, BigInteger.Pow(2, -exponent));
    }

    /// <summary>2^1024: where +∞ sits for round-to-nearest (IEEE 754 rounds as if the exponent were unbounded).</summary>
    private static readonly Fraction Overflow = new(BigInteger.Pow(2, 1024), 1);

    private static Fraction ExactOrOverflow(long bits) =>
        bits == BitConverter.DoubleToInt64Bits(double.PositiveInfinity) ? Overflow : Exact(BitConverter.Int64BitsToDouble(bits));

    /// <summary>The double nearest to v, ties to the even bit pattern; ∞ beyond the overflow threshold.</summary>
    public static double Nearest(Fraction v)
    {
        if (v.Sign == 0) return 0;
        if (v.Sign < 0) return -Nearest(v.Negate());
        var (below, above) = Bracket(v);
        var toBelow = v.Subtract(ExactOrOverflow(below));
        var toAbove = ExactOrOverflow(above).Subtract(v);
        int c = toBelow.CompareTo(toAbove);
        long chosen = c < 0 ? below : c > 0 ? above : (below % 2 == 0 ? below : above);
        return BitConverter.Int64BitsToDouble(chosen);
    }

    /// <summary>The bit patterns of the two adjacent non-negative doubles (or +∞) with below ≤ v &lt; above; v &gt; 0.</summary>
    public static (long Below, long Above) Bracket(Fraction v)
    {
        long lo = 0, hi = BitConverter.DoubleToInt64Bits(double.PositiveInfinity);
        if (ExactOrOverflow(hi).CompareTo(v) <= 0) return (hi, hi);
        // Invariant: value(lo) ≤ v < value(hi); non-negative doubles are ordered like their bit patterns.
        while (hi - lo > 1)
        {
            long mid = lo + (hi - lo) / 2;
            if (ExactOrOverflow(mid).CompareTo(v) <= 0) lo = mid; else hi = mid;
        }
        return (lo, hi);
    }

    /// <summary>True when |v| lies below the smallest normal double, where the spacing of doubles is fixed.</summary>
    public static bool IsSubnormalRange(Fraction v) =>
        new Fraction(BigInteger.Abs(v.P), BigInteger.Abs(v.Q)).CompareTo(new Fraction(1, BigInteger.Pow(2, 1022))) < 0;
}
