using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Claims;

/// <summary>
/// An exact sum of products a·b put in lowest terms once, when it is read. Added one at a time, every partial sum of
/// large fractions (g trained on perturbations, whose denominators carry ||u||_∞) would be reduced by a gcd of numbers
/// hundreds of bits long, which made the reference arithmetic most of the exact claims' time. Terms that fit in words
/// are added as rationals (their own fast path); once a term or the partial sum leaves the word form, the rest is kept as
/// one BigInteger numerator over a common multiple of the denominators. Written here rather than taken from the
/// library's product kernels, so that the reference stays an independent computation.
/// </summary>
public struct ExactSum
{
    private Rational _words;
    private BigInteger _numerator, _denominator; // the large part; a zero denominator means none yet

    /// <summary>Adds a·b.</summary>
    public void Add(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return;
        if (_denominator.IsZero && a.FitsInWords && b.FitsInWords)
        {
            _words += a * b;
            if (_words.FitsInWords) return;
            AddFraction(_words.Numerator, _words.Denominator);
            _words = Rational.Zero;
            return;
        }
        AddFraction(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    }

    /// <summary>Adds a.</summary>
    public void Add(Rational a) => Add(a, Rational.One);

    /// <summary>p/q (q > 0, not necessarily in lowest terms) over the common denominator, which grows to the lcm.</summary>
    private void AddFraction(BigInteger p, BigInteger q)
    {
        if (_denominator.IsZero) { _numerator = p; _denominator = q; return; }
        if (q == _denominator) { _numerator += p; return; }
        // Denominators of one sum mostly divide one another: a remainder test instead of a gcd.
        if (_denominator > q)
        {
            var quotient = BigInteger.DivRem(_denominator, q, out var rest);
            if (rest.IsZero) { _numerator += p * quotient; return; }
        }
        else
        {
            var quotient = BigInteger.DivRem(q, _denominator, out var rest);
            if (rest.IsZero) { _numerator = _numerator * quotient + p; _denominator = q; return; }
        }
        var g = BigInteger.GreatestCommonDivisor(_denominator, q);
        var scale = q / g;
        _numerator = _numerator * scale + p * (_denominator / g);
        _denominator *= scale;
    }

    /// <summary>The sign of the sum, read without putting it in lowest terms.</summary>
    public readonly int Sign => _denominator.IsZero ? _words.Sign : _words.IsZero ? _numerator.Sign
        : (_words.Numerator * _denominator + _numerator * _words.Denominator).Sign; // both denominators are positive

    public readonly Rational Value => _denominator.IsZero ? _words : _words + new Rational(_numerator, _denominator);
}
