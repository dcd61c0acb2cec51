using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The oracle of the rational properties: a raw pair p/q (q ≠ 0, any sign, never reduced) whose arithmetic and
/// order are the schoolbook BigInteger cross-multiplications, written without <see cref="Rational"/>.
/// </summary>
public readonly record struct Fraction(BigInteger P, BigInteger Q)
{
    public Fraction Add(Fraction o) => new(P * o.Q + o.P * Q, Q * o.Q);
    public Fraction Subtract(Fraction o) => new(P * o.Q - o.P * Q, Q * o.Q);
    public Fraction Multiply(Fraction o) => new(P * o.P, Q * o.Q);
    public Fraction Divide(Fraction o) => new(P * o.Q, Q * o.P);
    public Fraction Negate() => new(-P, Q);

    /// <summary>Sign of p/q: the product of the signs.</summary>
    public int Sign => P.Sign * Q.Sign;

    /// <summary>Sign of this - other, by cross-multiplication with the denominators' signs taken out.</summary>
    public int CompareTo(Fraction o) => ((P * o.Q - o.P * Q).Sign) * Q.Sign * o.Q.Sign;

    /// <summary>The same value as r: p · r.den = r.num · q.</summary>
    public bool Matches(Rational r) => P * r.Denominator == r.Numerator * Q;

    /// <summary>r is this value in lowest terms with a positive denominator (gcd(0, q) = q, so zero must be 0/1).</summary>
    public bool IsNormalFormOf(Rational r) =>
        r.Denominator.Sign > 0 && BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).IsOne && Matches(r)
        && r.Sign == Sign && r.IsZero == (Sign == 0);

    /// <summary>Whether <paramref name="r"/> is <paramref name="expected"/> in lowest terms (for <c>using static</c>).</summary>
    public static bool IsNormalForm(Rational r, Fraction expected) => expected.IsNormalFormOf(r);

    /// <summary>The input of a property: the library's constructor applied to the raw pair.</summary>
    public Rational ToRational() => new(P, Q);

    /// <summary>Lowest terms with a positive denominator, by Euclid's algorithm written out.</summary>
    public (BigInteger Numerator, BigInteger Denominator) Reduced()
    {
        BigInteger a = BigInteger.Abs(P), b = BigInteger.Abs(Q);
        while (!b.IsZero) (a, b) = (b, a % b);
        var p = P / a * Q.Sign;
        var q = BigInteger.Abs(Q) / a;
        return P.IsZero ? (BigInteger.Zero, BigInteger.One) : (p, q);
    }

    public override string ToString() => $"{P}/{Q}";
}
