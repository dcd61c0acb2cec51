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

    // Two forms, chosen by value so that each value has exactly one representation (Equals compares fields):
    // the word form, p and q in 64-bit words, whenever |p| ≤ 2^63 - 1 and q ≤ 2^63 - 1 (long.MinValue is left
    // out so that negation and |p| never overflow), and the BigInteger form (_large) for every other value.
    // The exact claims keep almost all of their values below 40 bits, where a BigInteger operation costs an
    // allocation and a general gcd; word arithmetic goes through Int128 and falls back only on overflow.
    private readonly long _numerator;
    private readonly long _denominatorMinusOne; // default(Rational) is 0/1
    private readonly LargeFraction? _large;

    public BigInteger Numerator => _large is null ? _numerator : _large.Numerator;
    public BigInteger Denominator => _large is null ? _denominatorMinusOne + 1 : _large.Denominator;

    /// <summary>The word form p/q; the caller guarantees lowest terms, q ≥ 1 and p ≠ long.MinValue.</summary>
    private Rational(long numerator, long denominator)
    {
        _numerator = numerator;
        _denominatorMinusOne = denominator - 1;
        _large = null;
    }

    private Rational(LargeFraction large)
    {
        _numerator = 0;
        _denominatorMinusOne = 0;
        _large = large;
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("Rational with zero denominator.");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        if (numerator.IsZero) denominator = BigInteger.One;
        this = FromLowestTerms(numerator, denominator);
    }

    /// <summary>A large fraction in lowest terms with a positive denominator; never a value the word form holds.</summary>
    private sealed class LargeFraction(BigInteger numerator, BigInteger denominator)
    {
        public readonly BigInteger Numerator = numerator;
        public readonly BigInteger Denominator = denominator;
    }

    private static readonly BigInteger WordLimit = long.MaxValue;

    private static bool FitsWord(BigInteger value) => value <= WordLimit && value >= -WordLimit;

    private static bool FitsWord(Int128 value) => value <= long.MaxValue && value >= -long.MaxValue;

    /// <summary>p/q in lowest terms, q > 0: the word form when both fit, else the BigInteger form.</summary>
    private static Rational FromLowestTerms(BigInteger numerator, BigInteger denominator) =>
        FitsWord(numerator) && denominator <= WordLimit
            ? new Rational((long)numerator, (long)denominator)
            : new Rational(new LargeFraction(numerator, denominator));

    /// <summary>p/q in lowest terms, q > 0, from 128-bit words.</summary>
    private static Rational FromLowestTerms(Int128 numerator, Int128 denominator) =>
        FitsWord(numerator) && denominator <= long.MaxValue
            ? new Rational((long)numerator, (long)denominator)
            : new Rational(new LargeFraction((BigInteger)numerator, (BigInteger)denominator));

    public static Rational Zero => default;
    public static Rational One => new(1L, 1L);
    public static Rational AdditiveIdentity => Zero;
    public static Rational MultiplicativeIdentity => One;

    /// <summary>Not defined for a fraction p/q: throws <see cref="NotSupportedException"/>.</summary>
    static int INumberBase<Rational>.Radix =>
        throw new NotSupportedException("A rational p/q has no radix: it is not a digit string in any base.");

    public int Sign => _large is null ? Math.Sign(_numerator) : _large.Numerator.Sign;
    public bool IsZero => _large is null && _numerator == 0;
    public bool IsInteger => _large is null ? _denominatorMinusOne == 0 : _large.Denominator.IsOne;
    /// <summary>Numerator and denominator each fit in one 64-bit word: arithmetic on such values needs no BigInteger.</summary>
    public bool FitsInWords => _large is null;

    public static implicit operator Rational(int value) => new(value, 1L);
    public static implicit operator Rational(long value) =>
        value == long.MinValue ? new Rational(new LargeFraction(value, BigInteger.One)) : new Rational(value, 1L);
    public static implicit operator Rational(BigInteger value) => FromLowestTerms(value, BigInteger.One);

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
        // mantissa · 2^exponent with an odd mantissa is in lowest terms.
        int zeros = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= zeros;
        exponent += zeros;
        if (negative) mantissa = -mantissa;
        if (exponent < 0 && exponent > -63) return new Rational(mantissa, 1L << -exponent);
        if (exponent >= 0 && exponent < 63 - 53) return new Rational(mantissa << exponent, 1L);
        return exponent >= 0
            ? FromLowestTerms(mantissa * BigInteger.Pow(2, exponent), BigInteger.One)
            : FromLowestTerms(mantissa, BigInteger.Pow(2, -exponent));
    }

    /// <summary>The nearest double, ties to even (subnormal results may round twice).</summary>
    public double ToDouble()
    {
        // Both words below 2^53 are exact doubles, and IEEE division rounds their quotient to nearest, ties to even.
        const long exactLimit = 1L << 53;
        if (_large is null && _numerator > -exactLimit && _numerator < exactLimit && _denominatorMinusOne < exactLimit - 1)
            return (double)_numerator / (_denominatorMinusOne + 1);
        var numerator = Numerator;
        if (numerator.IsZero) return 0;
        var magnitude = BigInteger.Abs(numerator);
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
        return numerator.Sign < 0 ? -value : value;
    }

    // The arithmetic. Each operation has a word path (both operands in the word form) and a BigInteger path;
    // both produce the value in lowest terms, so the representation never shows in a result.

    /// <summary>gcd of two words; gcd(0, v) = v.</summary>
    /// <remarks>The factors of two come off with shifts (dyadic denominators, the common case, end there); the odd
    /// parts then go through Euclid's remainders: on these sizes one hardware division replaces the several
    /// subtract-and-shift rounds the binary algorithm spends per quotient, 9.7 against 11.8 ns a gcd on the
    /// operands the exact claims produce.</remarks>
    internal static ulong Gcd(ulong u, ulong v)
    {
        if (u == 0) return v;
        if (v == 0) return u;
        int shift = BitOperations.TrailingZeroCount(u | v);
        u >>= BitOperations.TrailingZeroCount(u);
        v >>= BitOperations.TrailingZeroCount(v);
        if (u == 1 || v == 1) return 1UL << shift;
        while (v != 0)
        {
            ulong rest = u % v;
            u = v;
            v = rest;
        }
        return u << shift;
    }

    /// <summary>gcd(|value|, word) for value ≠ 0 and word ≥ 1, without a call when the word is a power of two.</summary>
    private static long CommonFactor(long value, long word) =>
        IsPowerOfTwo(word)
            ? 1L << Math.Min(BitOperations.TrailingZeroCount(value), BitOperations.TrailingZeroCount(word))
            : (long)Gcd(Magnitude(value), (ulong)word);

    private static ulong Magnitude(long value) => (ulong)Math.Abs(value); // never long.MinValue in the word form

    private static bool IsPowerOfTwo(long value) => (value & (value - 1)) == 0;

    /// <summary>a / b where b ≥ 1 divides a: a shift when b is a power of two (the dyadic case), else a division.</summary>
    private static long DivideExactly(long a, long b) => IsPowerOfTwo(b) ? a >> BitOperations.TrailingZeroCount(b) : a / b;

    private static Int128 DivideExactly(Int128 a, long b) => IsPowerOfTwo(b) ? a >> BitOperations.TrailingZeroCount(b) : a / b;

    /// <summary>gcd(|value|, word) for word ≥ 1; a power-of-two word needs only the trailing zeros of value.</summary>
    private static long GcdWith(Int128 value, long word)
    {
        // The low word of a two's-complement value has as many trailing zeros as its magnitude (64 for zero).
        if (IsPowerOfTwo(word)) return 1L << Math.Min(BitOperations.TrailingZeroCount((ulong)value), BitOperations.TrailingZeroCount(word));
        var magnitude = (UInt128)(value < 0 ? -value : value);
        ulong rest = magnitude >> 64 == 0 ? (ulong)magnitude % (ulong)word : (ulong)(magnitude % (ulong)word);
        return (long)Gcd(rest, (ulong)word);
    }

    private static Rational Add(Rational left, Rational right)
    {
        if (left._large is not null || right._large is not null) return AddLarge(left, right);
        long p = left._numerator, q = left._denominatorMinusOne + 1, r = right._numerator, s = right._denominatorMinusOne + 1;
        if (p == 0) return right;
        if (r == 0) return left;
        if (q == s)
        {
            long sum = p + r;
            // A sum that leaves the word form (past 64 bits, or long.MinValue) takes the 128-bit path.
            if (((p ^ sum) & (r ^ sum)) < 0 || sum == long.MinValue) return SameDenominatorSum((Int128)p + r, q);
            if (sum == 0) return Zero;
            if (q == 1) return new Rational(sum, 1L);
            long c = CommonFactor(sum, q);
            return c == 1 ? new Rational(sum, q) : new Rational(DivideExactly(sum, c), DivideExactly(q, c));
        }
        // Knuth, TAOCP 4.5.1: with g = gcd(q, s), p/q + r/s = t / (q/g · s) where t = p·(s/g) + r·(q/g),
        // and only the factor gcd(t, g) remains to cancel. When g = 1 the sum is already in lowest terms.
        // Two powers of two (dyadic values) have the smaller one as their gcd.
        long g = IsPowerOfTwo(q) && IsPowerOfTwo(s) ? Math.Min(q, s) : (long)Gcd((ulong)q, (ulong)s);
        long qg = DivideExactly(q, g), sg = DivideExactly(s, g);
        // Most sums stay within a word: then everything below is 64-bit (128-bit division is a software loop).
        if (TryWordSum(p, sg, r, qg, out long small))
        {
            if (small == 0) return Zero;
            long common = g == 1 ? 1 : CommonFactor(small, g);
            ulong denominatorHigh = Math.BigMul((ulong)qg, (ulong)DivideExactly(s, common), out ulong denominator);
            if (denominatorHigh == 0 && denominator <= long.MaxValue) return new Rational(DivideExactly(small, common), (long)denominator);
        }
        if (g == 1) return FromLowestTerms(Math.BigMul(p, s) + Math.BigMul(r, q), Math.BigMul(q, s));
        Int128 t = Math.BigMul(p, sg) + Math.BigMul(r, qg); // |t| < 2^127
        if (t == 0) return Zero;
        long h = GcdWith(t, g);
        return h == 1 ? FromLowestTerms(t, Math.BigMul(qg, s)) : FromLowestTerms(DivideExactly(t, h), Math.BigMul(qg, DivideExactly(s, h)));
    }

    /// <summary>a·b + c·d when it is a word other than long.MinValue (so that its magnitude is one too).</summary>
    private static bool TryWordSum(long a, long b, long c, long d, out long sum)
    {
        long high1 = Math.BigMul(a, b, out long low1), high2 = Math.BigMul(c, d, out long low2);
        sum = low1 + low2;
        return high1 == low1 >> 63 && high2 == low2 >> 63 && ((low1 ^ sum) & (low2 ^ sum)) >= 0 && sum != long.MinValue;
    }

    /// <summary>sum/q (q ≥ 1, sum ≠ 0) in lowest terms, for a sum past the word form.</summary>
    private static Rational SameDenominatorSum(Int128 sum, long q)
    {
        long c = q == 1 ? 1 : GcdWith(sum, q);
        return c == 1 ? FromLowestTerms(sum, q) : FromLowestTerms(DivideExactly(sum, c), DivideExactly(q, c));
    }

    /// <summary>The same cancellations over BigInteger: gcds of the operands' parts, never of their products, so that
    /// a large value meeting a word costs a remainder by the word instead of a gcd of two large numbers.</summary>
    private static Rational AddLarge(Rational left, Rational right)
    {
        if (left.IsZero) return right;
        if (right.IsZero) return left;
        BigInteger p = left.Numerator, q = left.Denominator, r = right.Numerator, s = right.Denominator;
        if (q == s) return new Rational(p + r, q);
        // When one denominator divides the other (common: a step added to a value over the same factors),
        // g = gcd(q, s) is the smaller one and the remainder test replaces a gcd of two large numbers.
        var g = q > s ? BigInteger.Remainder(q, s).IsZero ? s : BigInteger.GreatestCommonDivisor(q, s)
            : BigInteger.Remainder(s, q).IsZero ? q : BigInteger.GreatestCommonDivisor(q, s);
        if (g.IsOne) return FromLowestTerms(p * s + r * q, q * s);
        BigInteger qg = q / g, t = p * (s / g) + r * qg;
        if (t.IsZero) return Zero;
        var h = BigInteger.GreatestCommonDivisor(t, g);
        return h.IsOne ? FromLowestTerms(t, qg * s) : FromLowestTerms(t / h, qg * (s / h));
    }

    private static Rational MultiplyLarge(Rational left, Rational right)
    {
        if (left.IsZero || right.IsZero) return Zero;
        BigInteger p = left.Numerator, q = left.Denominator, r = right.Numerator, s = right.Denominator;
        var g1 = BigInteger.GreatestCommonDivisor(p, s);
        var g2 = BigInteger.GreatestCommonDivisor(r, q);
        if (!g1.IsOne) { p /= g1; s /= g1; }
        if (!g2.IsOne) { r /= g2; q /= g2; }
        return FromLowestTerms(p * r, q * s);
    }

    private static Rational Negate(Rational value) =>
        value._large is null
            ? new Rational(-value._numerator, value._denominatorMinusOne + 1)
            : new Rational(new LargeFraction(-value._large.Numerator, value._large.Denominator));

    private static Rational Multiply(Rational left, Rational right)
    {
        if (left._large is not null || right._large is not null) return MultiplyLarge(left, right);
        long p = left._numerator, q = left._denominatorMinusOne + 1, r = right._numerator, s = right._denominatorMinusOne + 1;
        if (p == 0 || r == 0) return Zero;
        if (q == 1 && (p == 1 || p == -1)) return p == 1 ? right : Negate(right);
        if (s == 1 && (r == 1 || r == -1)) return r == 1 ? left : Negate(left);
        // Cancelling across before multiplying leaves the product in lowest terms (Knuth, TAOCP 4.5.1).
        if (s != 1)
        {
            long g1 = CommonFactor(p, s);
            if (g1 != 1) { p = DivideExactly(p, g1); s = DivideExactly(s, g1); }
        }
        if (q != 1)
        {
            long g2 = CommonFactor(r, q);
            if (g2 != 1) { r = DivideExactly(r, g2); q = DivideExactly(q, g2); }
        }
        // Both products in one word each (the common case) build the result directly; else the 128-bit path.
        long numeratorHigh = Math.BigMul(p, r, out long numerator);
        ulong denominatorHigh = Math.BigMul((ulong)q, (ulong)s, out ulong denominator);
        return numeratorHigh == numerator >> 63 && numerator != long.MinValue && denominatorHigh == 0 && denominator <= long.MaxValue
            ? new Rational(numerator, (long)denominator)
            : FromLowestTerms(Math.BigMul(p, r), Math.BigMul(q, s));
    }

    private static Rational Divide(Rational left, Rational right)
    {
        if (right.IsZero) throw new DivideByZeroException("Rational division by zero.");
        if (right._large is not null)
        {
            // The reciprocal of a fraction in lowest terms is in lowest terms.
            var reciprocal = right._large.Numerator.Sign < 0
                ? new LargeFraction(-right._large.Denominator, -right._large.Numerator)
                : new LargeFraction(right._large.Denominator, right._large.Numerator);
            return MultiplyLarge(left, FromLowestTerms(reciprocal.Numerator, reciprocal.Denominator));
        }
        // The reciprocal of a word fraction is a word fraction: |p| and q are both at most 2^63 - 1.
        long r = right._numerator, s = right._denominatorMinusOne + 1;
        return Multiply(left, r < 0 ? new Rational(-s, -r) : new Rational(s, r));
    }

    /// <summary>a - b·trunc(a/b): over the common denominator q_a q_b it is the integer remainder of p_a q_b by p_b q_a.</summary>
    private static Rational Remainder(Rational left, Rational right)
    {
        if (right.IsZero) throw new DivideByZeroException("Rational remainder by zero.");
        return new Rational(BigInteger.Remainder(left.Numerator * right.Denominator, right.Numerator * left.Denominator),
            left.Denominator * right.Denominator);
    }

    private static int Compare(Rational left, Rational right)
    {
        if (left._large is not null || right._large is not null)
            return (left.Numerator * right.Denominator).CompareTo(right.Numerator * left.Denominator);
        long p = left._numerator, r = right._numerator;
        // Most comparisons are sign tests (u ≥ 0 for the activation pattern): no product needed.
        int leftSign = Math.Sign(p), rightSign = Math.Sign(r);
        if (leftSign != rightSign || leftSign == 0) return leftSign.CompareTo(rightSign);
        long q = left._denominatorMinusOne + 1, s = right._denominatorMinusOne + 1;
        return q == s ? p.CompareTo(r) : Math.BigMul(p, s).CompareTo(Math.BigMul(r, q));
    }

    /// <summary>The integer part, rounded toward zero.</summary>
    private static BigInteger Truncate(Rational value) =>
        value._large is null
            ? value._numerator / (value._denominatorMinusOne + 1)
            : BigInteger.Divide(value._large.Numerator, value._large.Denominator);

    /// <summary>
    /// Σ_k x[k·xStride] · y[k·yStride] for k &lt; count: the same value as adding the products one by one, with one
    /// cancellation at the end instead of two gcds per product and one per addition.
    /// </summary>
    /// <remarks>The partial sum is num / (odd · 2^shift), not in lowest terms: odd · 2^shift &lt; 2^63 is a common multiple
    /// of the denominators so far and |num| &lt; 2^125. The denominators of training are powers of two times a few odd
    /// factors (1/N, momentum), so most terms need only shifts and a gcd only when a new odd factor appears.
    /// A term that would break the bounds, or a BigInteger operand, hands the rest of the sum to the ordinary operators.</remarks>
    internal static Rational SumOfProducts(ReadOnlySpan<Rational> x, int xStride, ReadOnlySpan<Rational> y, int yStride, int count)
    {
        Int128 num = 0;
        long odd = 1;
        int shift = 0;
        int k = 0;
        for (; k < count; k++)
        {
            ref readonly var a = ref x[k * xStride];
            ref readonly var b = ref y[k * yStride];
            if (a._large is not null || b._large is not null) break;
            long p = a._numerator, r = b._numerator;
            if (p == 0 || r == 0) continue;
            if (!WithinSumBound(num)) break;
            long q = a._denominatorMinusOne + 1, s = b._denominatorMinusOne + 1;
            int qTwos = BitOperations.TrailingZeroCount(q), sTwos = BitOperations.TrailingZeroCount(s);
            if (!TryWordProduct(q >> qTwos, s >> sTwos, out long termOdd)) break;
            int termShift = qTwos + sTwos;
            Int128 term = Math.BigMul(p, r); // |term| < 2^126
            if (termOdd != odd)
            {
                // The odd part becomes lcm(odd, termOdd) = odd · (termOdd/g); the term is scaled by odd/g.
                long g = (long)Gcd((ulong)odd, (ulong)termOdd), sumScale = termOdd / g;
                if (sumScale != 1)
                {
                    if (!TryWordProduct(odd, sumScale, out long lcm) || BitLength(lcm) + shift > 63 || !TryScale(ref num, sumScale)) break;
                    odd = lcm;
                }
                if (!TryScale(ref term, odd / termOdd)) break;
            }
            if (termShift > shift)
            {
                if (BitLength(odd) + termShift > 63 || !TryShift(ref num, termShift - shift)) break;
                shift = termShift;
            }
            else if (termShift < shift && !TryShift(ref term, shift - termShift)) break;
            num += term; // |num| < 2^125 and |term| < 2^126: no overflow
        }
        return k == count ? LowestTerms(num, odd << shift) : LargeSumOfProducts(x, xStride, y, yStride, k, count, (BigInteger)num, odd << shift);
    }

    /// <summary>
    /// The rest of <see cref="SumOfProducts"/> over BigInteger, from the partial sum num/den: products are not cancelled,
    /// the denominator grows to a common multiple, and one gcd at the end puts the sum in lowest terms.
    /// </summary>
    /// <remarks>The values of such sums (g trained on perturbations with unrelated denominators) share most factors of
    /// their denominators, so one usually divides the other: a division with a one-word quotient, where a gcd of
    /// two numbers of hundreds of bits per addition would dominate the whole evaluation.</remarks>
    private static Rational LargeSumOfProducts(ReadOnlySpan<Rational> x, int xStride, ReadOnlySpan<Rational> y, int yStride,
        int start, int count, BigInteger num, BigInteger den)
    {
        for (int k = start; k < count; k++)
        {
            ref readonly var a = ref x[k * xStride];
            ref readonly var b = ref y[k * yStride];
            if (a.IsZero || b.IsZero) continue;
            var term = a.Numerator * b.Numerator;
            var qs = a.Denominator * b.Denominator;
            if (qs == den) { num += term; continue; }
            BigInteger rest;
            if (den > qs)
            {
                var quotient = BigInteger.DivRem(den, qs, out rest);
                if (rest.IsZero) { num += term * quotient; continue; }
                rest = BigInteger.GreatestCommonDivisor(qs, rest); // gcd(den, qs)
            }
            else
            {
                var quotient = BigInteger.DivRem(qs, den, out rest);
                if (rest.IsZero) { num = num * quotient + term; den = qs; continue; }
                rest = BigInteger.GreatestCommonDivisor(den, rest);
            }
            var sumScale = qs / rest;
            num = num * sumScale + term * (den / rest);
            den *= sumScale;
        }
        return new Rational(num, den);
    }

    /// <summary>|value| &lt; 2^125, so that adding a term below 2^126 cannot overflow.</summary>
    private static bool WithinSumBound(Int128 value)
    {
        long upper = (long)(value >> 64);
        return upper > -(1L << 61) && upper < 1L << 61;
    }

    /// <summary>Bits of |value| (|value| &lt; 2^127).</summary>
    private static int BitLength(Int128 value) => 128 - (int)UInt128.LeadingZeroCount((UInt128)(value < 0 ? -value : value));

    private static bool TryWordProduct(long a, long b, out long product)
    {
        ulong high = Math.BigMul((ulong)a, (ulong)b, out ulong low);
        product = (long)low;
        return high == 0 && low <= long.MaxValue;
    }

    /// <summary>value · 2^bits, when the product stays below 2^126 in magnitude.</summary>
    private static bool TryShift(ref Int128 value, int bits)
    {
        if (BitLength(value) + bits > 126) return false;
        value <<= bits;
        return true;
    }

    private static int BitLength(long value) => 64 - BitOperations.LeadingZeroCount((ulong)value);

    /// <summary>value · factor for factor ≥ 1, when the product stays below 2^126 in magnitude.</summary>
    private static bool TryScale(ref Int128 value, long factor)
    {
        if (factor == 1) return true;
        if (BitLength(value) + BitLength(factor) > 126) return false;
        value = IsPowerOfTwo(factor) ? value << BitOperations.TrailingZeroCount(factor) : value * factor;
        return true;
    }

    /// <summary>num/den in lowest terms (den ≥ 1).</summary>
    private static Rational LowestTerms(Int128 num, long den)
    {
        if (num == 0) return Zero;
        long g = den == 1 ? 1 : GcdWith(num, den);
        return g == 1 ? FromLowestTerms(num, den) : FromLowestTerms(DivideExactly(num, g), DivideExactly(den, g));
    }

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
    public static bool IsEvenInteger(Rational value) => value.IsInteger && value.Numerator.IsEven;
    public static bool IsOddInteger(Rational value) => value.IsInteger && !value.Numerator.IsEven;
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

    /// <summary>Each value has one representation (lowest terms, the word form whenever it fits), so fields decide.</summary>
    public bool Equals(Rational other) =>
        _large is null
            ? other._large is null && _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne
            : other._large is not null && _large.Numerator == other._large.Numerator && _large.Denominator == other._large.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);
    public override int GetHashCode() =>
        _large is null ? HashCode.Combine(_numerator, _denominatorMinusOne) : HashCode.Combine(_large.Numerator, _large.Denominator);

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
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

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
        if (!Numerator.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture)) return false;
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
