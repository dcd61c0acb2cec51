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
