using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// An exact rational number p/q with q > 0 and gcd(p, q) = 1, so that equal values have equal
/// representations and <c>==</c> is exact equality (THEORY §3: identities hold bit for bit).
/// It is a generic-math number, so the same source runs over <see cref="double"/> and over <see cref="Rational"/>.
/// </summary>
/// <remarks>
/// <para>Every value is finite and real: <c>IsFinite</c>, <c>IsRealNumber</c> and <c>IsCanonical</c> are always true;
/// <c>IsNaN</c>, <c>IsInfinity</c>, <c>IsSubnormal</c>, <c>IsComplexNumber</c> and <c>IsImaginaryNumber</c> always false;
/// <c>IsNormal</c> is "not zero". Zero counts as positive (<c>IsPositive(0)</c> is true), as for the integer types.</para>
/// <para>Members that throw: <c>Radix</c> (a fraction p/q has no radix: <see cref="NotSupportedException"/>);
/// division and <c>%</c> by zero (<see cref="DivideByZeroException"/>); creating a rational from a NaN or infinite
/// double (<see cref="OverflowException"/> through <c>CreateChecked</c>/<c>CreateSaturating</c>/<c>CreateTruncating</c>,
/// <see cref="ArgumentException"/> through <see cref="FromDouble"/>); formats other than "G"
/// (<see cref="FormatException"/>). <c>%</c> is the truncated remainder a - b·trunc(a/b), as for double.</para>
/// <para>Conversions: from and to <see cref="double"/>, <see cref="int"/>, <see cref="long"/> and <see cref="BigInteger"/>.
/// From double is exact (every finite double is a dyadic rational); to double rounds to nearest, ties to even;
/// to an integer truncates toward zero, then checks, saturates or wraps as the mode says.</para>
/// <para>Text is culture-independent: ToString prints "p" or "p/q"; Parse reads those and decimals such as
/// "-0.125" or "1E-05" (the provider is accepted for the interfaces and ignored).</para>
/// </remarks>
public readonly struct Rational : INumber<Rational>
{
    /// <summary>Largest decimal exponent Parse accepts: far beyond any double (1e±308), small enough that 10^e stays a few kilobytes.</summary>
    public const int MaxDecimalExponent = 9999;

    private const NumberStyles SupportedStyles =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign
        | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

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

    /// <summary>Not defined for a fraction p/q: throws <see cref="NotSupportedException"/>.</summary>
    static int INumberBase<Rational>.Radix =>
        throw new NotSupportedException("A rational p/q has no radix: it is not a digit string in any base.");

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

    // The arithmetic lives in these helpers so that a faster representation can replace them in one place.

    private static Rational Add(Rational left, Rational right) =>
        left.Denominator == right.Denominator
            ? new Rational(left._numerator + right._numerator, left.Denominator)
            : new Rational(left._numerator * right.Denominator + right._numerator * left.Denominator,
                           left.Denominator * right.Denominator);

    private static Rational Negate(Rational value) => new(-value._numerator, value.Denominator, normalised: true);

    private static Rational Multiply(Rational left, Rational right) =>
        new(left._numerator * right._numerator, left.Denominator * right.Denominator);

    private static Rational Divide(Rational left, Rational right)
    {
        if (right.IsZero) throw new DivideByZeroException("Rational division by zero.");
        return new Rational(left._numerator * right.Denominator, left.Denominator * right._numerator);
    }

    /// <summary>a - b·trunc(a/b): over the common denominator q_a q_b it is the integer remainder of p_a q_b by p_b q_a.</summary>
    private static Rational Remainder(Rational left, Rational right)
    {
        if (right.IsZero) throw new DivideByZeroException("Rational remainder by zero.");
        return new Rational(BigInteger.Remainder(left._numerator * right.Denominator, right._numerator * left.Denominator),
            left.Denominator * right.Denominator);
    }

    private static int Compare(Rational left, Rational right) =>
        (left._numerator * right.Denominator).CompareTo(right._numerator * left.Denominator);

    /// <summary>The integer part, rounded toward zero.</summary>
    private static BigInteger Truncate(Rational value) => BigInteger.Divide(value._numerator, value.Denominator);

    public static Rational operator +(Rational left, Rational right) => Add(left, right);
    public static Rational operator -(Rational left, Rational right) => Add(left, Negate(right));
    public static Rational operator *(Rational left, Rational right) => Multiply(left, right);
    public static Rational operator /(Rational left, Rational right) => Divide(left, right);
    public static Rational operator %(Rational left, Rational right) => Remainder(left, right);
    public static Rational operator -(Rational value) => Negate(value);
    public static Rational operator +(Rational value) => value;
    public static Rational operator ++(Rational value) => Add(value, One);
    public static Rational operator --(Rational value) => Add(value, Negate(One));

    public static Rational Abs(Rational value) => value.Sign < 0 ? Negate(value) : value;

    static int INumber<Rational>.Sign(Rational value) => value.Sign;
    static bool INumberBase<Rational>.IsZero(Rational value) => value.IsZero;
    static bool INumberBase<Rational>.IsInteger(Rational value) => value.IsInteger;
    public static bool IsNegative(Rational value) => value.Sign < 0;
    public static bool IsPositive(Rational value) => value.Sign >= 0;
    public static bool IsEvenInteger(Rational value) => value.IsInteger && value._numerator.IsEven;
    public static bool IsOddInteger(Rational value) => value.IsInteger && !value._numerator.IsEven;
    static bool INumberBase<Rational>.IsNormal(Rational value) => !value.IsZero;
    static bool INumberBase<Rational>.IsCanonical(Rational value) => true;
    static bool INumberBase<Rational>.IsFinite(Rational value) => true;
    static bool INumberBase<Rational>.IsRealNumber(Rational value) => true;
    static bool INumberBase<Rational>.IsNaN(Rational value) => false;
    static bool INumberBase<Rational>.IsInfinity(Rational value) => false;
    static bool INumberBase<Rational>.IsPositiveInfinity(Rational value) => false;
    static bool INumberBase<Rational>.IsNegativeInfinity(Rational value) => false;
    static bool INumberBase<Rational>.IsSubnormal(Rational value) => false;
    static bool INumberBase<Rational>.IsComplexNumber(Rational value) => false;
    static bool INumberBase<Rational>.IsImaginaryNumber(Rational value) => false;

    /// <summary>The value of larger magnitude; of x and -x, the positive one (as for the integer types).</summary>
    public static Rational MaxMagnitude(Rational x, Rational y)
    {
        int order = Compare(Abs(x), Abs(y));
        return order > 0 || (order == 0 && !IsNegative(x)) ? x : y;
    }

    /// <summary>The value of smaller magnitude; of x and -x, the negative one (as for the integer types).</summary>
    public static Rational MinMagnitude(Rational x, Rational y)
    {
        int order = Compare(Abs(x), Abs(y));
        return order < 0 || (order == 0 && IsNegative(x)) ? x : y;
    }

    /// <summary>Same as <see cref="MaxMagnitude"/>: there is no NaN to skip.</summary>
    public static Rational MaxMagnitudeNumber(Rational x, Rational y) => MaxMagnitude(x, y);

    /// <summary>Same as <see cref="MinMagnitude"/>: there is no NaN to skip.</summary>
    public static Rational MinMagnitudeNumber(Rational x, Rational y) => MinMagnitude(x, y);

    public int CompareTo(Rational other) => Compare(this, other);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rational other => Compare(this, other),
        _ => throw new ArgumentException($"A Rational compares only with a Rational, not with {obj.GetType().Name}.", nameof(obj)),
    };

    public static bool operator <(Rational left, Rational right) => Compare(left, right) < 0;
    public static bool operator >(Rational left, Rational right) => Compare(left, right) > 0;
    public static bool operator <=(Rational left, Rational right) => Compare(left, right) <= 0;
    public static bool operator >=(Rational left, Rational right) => Compare(left, right) >= 0;
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    public bool Equals(Rational other) =>
        _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    // Conversions. The type tests are resolved by the JIT per instantiation, as in the runtime's own number types.

    public static bool TryConvertFromChecked<TOther>(TOther value, out Rational result) where TOther : INumberBase<TOther> =>
        TryConvertFrom(value, out result);

    public static bool TryConvertFromSaturating<TOther>(TOther value, out Rational result) where TOther : INumberBase<TOther> =>
        TryConvertFrom(value, out result);

    public static bool TryConvertFromTruncating<TOther>(TOther value, out Rational result) where TOther : INumberBase<TOther> =>
        TryConvertFrom(value, out result);

    /// <summary>Every supported value is represented exactly, so the three modes agree; NaN and ±∞ have no rational value.</summary>
    private static bool TryConvertFrom<TOther>(TOther value, out Rational result) where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(double))
        {
            double d = (double)(object)value;
            if (!double.IsFinite(d)) throw new OverflowException($"{d} has no rational value.");
            result = FromDouble(d);
            return true;
        }
        if (typeof(TOther) == typeof(int)) { result = (int)(object)value; return true; }
        if (typeof(TOther) == typeof(long)) { result = (long)(object)value; return true; }
        if (typeof(TOther) == typeof(BigInteger)) { result = (BigInteger)(object)value; return true; }
        result = default;
        return false;
    }

    public static bool TryConvertToChecked<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) where TOther : INumberBase<TOther> =>
        TryConvertTo(value, Overflow.Throw, out result);

    public static bool TryConvertToSaturating<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) where TOther : INumberBase<TOther> =>
        TryConvertTo(value, Overflow.Saturate, out result);

    public static bool TryConvertToTruncating<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) where TOther : INumberBase<TOther> =>
        TryConvertTo(value, Overflow.Wrap, out result);

    /// <summary>What a conversion to a fixed-width integer does with a value out of its range.</summary>
    private enum Overflow { Throw, Saturate, Wrap }

    /// <summary>To double: the nearest; to an integer: truncated toward zero, then as <paramref name="overflow"/> says.</summary>
    private static bool TryConvertTo<TOther>(Rational value, Overflow overflow, [MaybeNullWhen(false)] out TOther result) where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(double)) { result = (TOther)(object)value.ToDouble(); return true; }
        if (typeof(TOther) == typeof(int)) { result = (TOther)(object)ToInteger<int>(Truncate(value), overflow); return true; }
        if (typeof(TOther) == typeof(long)) { result = (TOther)(object)ToInteger<long>(Truncate(value), overflow); return true; }
        if (typeof(TOther) == typeof(BigInteger)) { result = (TOther)(object)Truncate(value); return true; }
        result = default;
        return false;
    }

    private static TInteger ToInteger<TInteger>(BigInteger whole, Overflow overflow) where TInteger : IBinaryInteger<TInteger> => overflow switch
    {
        Overflow.Throw => TInteger.CreateChecked(whole),
        Overflow.Saturate => TInteger.CreateSaturating(whole),
        _ => TInteger.CreateTruncating(whole),
    };

    // Text.

    public override string ToString() =>
        IsInteger
            ? _numerator.ToString(CultureInfo.InvariantCulture)
            : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>Only the general format ("G", or none) exists: p or p/q in lowest terms.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        charsWritten = 0;
        if (!_numerator.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture)) return false;
        if (!IsInteger)
        {
            if (written >= destination.Length) return false;
            destination[written++] = '/';
            if (!Denominator.TryFormat(destination[written..], out int denominatorWritten, default, CultureInfo.InvariantCulture)) return false;
            written += denominatorWritten;
        }
        charsWritten = written;
        return true;
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
            throw new FormatException($"Rational has only the general format 'G' (p or p/q), not '{format}'.");
    }

    /// <summary>Parses "p", "p/q" or a finite decimal such as "-0.125" or "1E-05".</summary>
    public static Rational Parse(string s) => Parse(s, NumberStyles.Float, null);

    public static Rational Parse(string s, IFormatProvider? provider) => Parse(s, NumberStyles.Float, provider);

    public static Rational Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, NumberStyles.Float, provider);

    public static Rational Parse(string s, NumberStyles style, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), style, provider);
    }

    public static Rational Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) =>
        TryParse(s, style, provider, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a rational number (p, p/q with q ≠ 0, or a decimal such as -0.125 or 1E-05).");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rational result) =>
        TryParse(s, NumberStyles.Float, provider, out result);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rational result) =>
        TryParse(s, NumberStyles.Float, provider, out result);

    public static bool TryParse([NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out Rational result)
    {
        if (s is null) { result = default; return false; }
        return TryParse(s.AsSpan(), style, provider, out result);
    }

    /// <summary>
    /// Reads "p/q" (each part an integer with optional sign) or a decimal "[sign]digits[.digits][e[sign]digits]";
    /// <paramref name="style"/> may allow surrounding white space, a leading sign, a decimal point and an exponent.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Rational result)
    {
        if ((style & ~SupportedStyles) != 0)
            throw new ArgumentException($"Rational parses only white space, a leading sign, a decimal point and an exponent, not {style}.", nameof(style));
        result = default;
        s = TrimWhite(s, style);
        int slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseInteger(TrimWhite(s[..slash], style), style, out var numerator)
                || !TryParseInteger(TrimWhite(s[(slash + 1)..], style), style, out var denominator)
                || denominator.IsZero)
                return false;
            result = new Rational(numerator, denominator);
            return true;
        }
        return TryParseDecimal(s, style, out result);
    }

    private static ReadOnlySpan<char> TrimWhite(ReadOnlySpan<char> s, NumberStyles style)
    {
        if ((style & NumberStyles.AllowLeadingWhite) != 0) s = s.TrimStart();
        if ((style & NumberStyles.AllowTrailingWhite) != 0) s = s.TrimEnd();
        return s;
    }

    /// <summary>An optional sign (when allowed) and at least one ASCII digit.</summary>
    private static bool TryParseInteger(ReadOnlySpan<char> s, NumberStyles style, out BigInteger value)
    {
        value = default;
        bool negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            if ((style & NumberStyles.AllowLeadingSign) == 0) return false;
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.IsEmpty || s.ContainsAnyExceptInRange('0', '9')) return false;
        value = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative) value = -value;
        return true;
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> s, NumberStyles style, out Rational result)
    {
        result = default;
        int exponent = 0;
        int e = s.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            if ((style & NumberStyles.AllowExponent) == 0
                || !TryParseInteger(s[(e + 1)..], style | NumberStyles.AllowLeadingSign, out var written)
                || BigInteger.Abs(written) > MaxDecimalExponent)
                return false;
            exponent = (int)written;
            s = s[..e];
        }
        bool negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            if ((style & NumberStyles.AllowLeadingSign) == 0) return false;
            negative = s[0] == '-';
            s = s[1..];
        }
        int dot = s.IndexOf('.');
        ReadOnlySpan<char> whole = dot < 0 ? s : s[..dot], fraction = dot < 0 ? default : s[(dot + 1)..];
        if (dot >= 0 && (style & NumberStyles.AllowDecimalPoint) == 0) return false;
        if (whole.Length + fraction.Length == 0 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
            return false;
        var digits = BigInteger.Parse(string.Concat(whole, fraction), NumberStyles.None, CultureInfo.InvariantCulture);
        int scale = exponent - fraction.Length;
        if (negative) digits = -digits;
        result = scale >= 0
            ? new Rational(digits * BigInteger.Pow(10, scale), BigInteger.One)
            : new Rational(digits, BigInteger.Pow(10, -scale));
        return true;
    }
}
