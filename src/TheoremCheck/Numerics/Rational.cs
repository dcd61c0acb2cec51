using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// An exact rational number p/q with q > 0 and gcd(p, q) = 1, so that equal values have equal
/// representations and <c>==</c> is exact equality (THEORY §3: identities hold bit for bit).
/// It implements just the generic-math operator interfaces the network code uses, so the same
/// source runs over <see cref="double"/> and over <see cref="Rational"/>.
/// </summary>
public readonly struct Rational :
    IAdditionOperators<Rational, Rational, Rational>,
    ISubtractionOperators<Rational, Rational, Rational>,
    IMultiplyOperators<Rational, Rational, Rational>,
    IDivisionOperators<Rational, Rational, Rational>,
    IUnaryNegationOperators<Rational, Rational>,
    IAdditiveIdentity<Rational, Rational>,
    IMultiplicativeIdentity<Rational, Rational>,
    IComparisonOperators<Rational, Rational, bool>,
    IEquatable<Rational>,
    IComparable<Rational>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // default(Rational) is 0/1

    public BigInteger Numerator => _numerator;
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("Rational with zero denominator.");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        if (numerator.IsZero) denominator = BigInteger.One;
        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    public static Rational Zero => default;
    public static Rational One => new(BigInteger.One, BigInteger.One, normalised: true);
    public static Rational AdditiveIdentity => Zero;
    public static Rational MultiplicativeIdentity => One;

    public int Sign => _numerator.Sign;
    public bool IsZero => _numerator.IsZero;
    public bool IsInteger => Denominator.IsOne;

    public static implicit operator Rational(int value) => new(value, BigInteger.One, normalised: true);
    public static implicit operator Rational(long value) => new(value, BigInteger.One, normalised: true);
    public static implicit operator Rational(BigInteger value) => new(value, BigInteger.One, normalised: true);

    /// <summary>The exact value of a finite double (every double is a dyadic rational).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"Cannot represent {value} as a rational.", nameof(value));
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger numerator = negative ? -mantissa : mantissa;
        return exponent >= 0
            ? new Rational(numerator * BigInteger.Pow(2, exponent), BigInteger.One)
            : new Rational(numerator, BigInteger.Pow(2, -exponent));
    }

    /// <summary>The nearest double, ties to even (subnormal results may round twice).</summary>
    public double ToDouble()
    {
        if (_numerator.IsZero) return 0;
        var magnitude = BigInteger.Abs(_numerator);
        var den = Denominator;
        // A quotient of at least 65 bits, with a sticky bit for the remainder, carries all the
        // information needed to round to 53 bits; the rounding is done here because the
        // BigInteger-to-double conversion truncates.
        long shift = 66 - (magnitude.GetBitLength() - den.GetBitLength());
        var quotient = shift >= 0
            ? BigInteger.DivRem(magnitude << (int)shift, den, out var remainder)
            : BigInteger.DivRem(magnitude, den << (int)-shift, out remainder);
        quotient = (quotient << 1) | (remainder.IsZero ? BigInteger.Zero : BigInteger.One);
        int extra = (int)quotient.GetBitLength() - 53;
        var mantissa = quotient >> extra;
        var rest = quotient - (mantissa << extra);
        var half = BigInteger.One << (extra - 1);
        if (rest > half || (rest == half && !mantissa.IsEven)) mantissa += 1;
        double value = Math.ScaleB((double)(long)mantissa, (int)(extra - shift - 1));
        return _numerator.Sign < 0 ? -value : value;
    }

    public static Rational operator +(Rational left, Rational right) =>
        left.Denominator == right.Denominator
            ? new Rational(left._numerator + right._numerator, left.Denominator)
            : new Rational(left._numerator * right.Denominator + right._numerator * left.Denominator,
                           left.Denominator * right.Denominator);

    public static Rational operator -(Rational left, Rational right) => left + -right;

    public static Rational operator *(Rational left, Rational right) =>
        new(left._numerator * right._numerator, left.Denominator * right.Denominator);

    public static Rational operator /(Rational left, Rational right)
    {
        if (right.IsZero) throw new DivideByZeroException("Rational division by zero.");
        return new Rational(left._numerator * right.Denominator, left.Denominator * right._numerator);
    }

    public static Rational operator -(Rational value) => new(-value._numerator, value.Denominator, normalised: true);

    public static Rational Abs(Rational value) => value.Sign < 0 ? -value : value;

    public int CompareTo(Rational other) =>
        (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    public bool Equals(Rational other) =>
        _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    public override string ToString() => IsInteger ? _numerator.ToString() : $"{_numerator}/{Denominator}";

    /// <summary>Parses "p", "p/q" or a finite decimal such as "-0.125".</summary>
    public static Rational Parse(string text)
    {
        text = text.Trim();
        int slash = text.IndexOf('/');
        if (slash >= 0)
            return new Rational(BigInteger.Parse(text[..slash]), BigInteger.Parse(text[(slash + 1)..]));
        int dot = text.IndexOf('.');
        if (dot < 0) return BigInteger.Parse(text);
        string digits = text.Remove(dot, 1);
        return new Rational(BigInteger.Parse(digits), BigInteger.Pow(10, text.Length - dot - 1));
    }
}
