using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The compute seam for <see cref="Rational"/>: every element of a product and every dot product is one
/// <see cref="Rational.SumOfProducts"/>, all products over one common denominator and a single cancellation at the
/// end, where the plain loop would normalise (a gcd or two) after every multiply and every add. Exact, so the
/// grouping cannot change a value; the elementwise passes are the reference loops.
/// </summary>
internal sealed class RationalProvider : IComputeProvider<Rational>
{
    public static readonly RationalProvider Instance = new();

    private static ReferenceProvider<Rational> Reference => ReferenceProvider<Rational>.Instance;

    private RationalProvider() { }

    public void Multiply(int rows, int cols, int depth, ReadOnlySpan<Rational> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<Rational> b, int bDepthStride, int bColStride, Span<Rational> c, int ldc, ReadOnlySpan<Rational> init)
    {
        if (depth > 0)
        {
            var aDenominators = CommonDenominators(a, rows, depth, aRowStride, aDepthStride);
            var bDenominators = CommonDenominators(b, cols, depth, bColStride, bDepthStride);
            // Every term of an element has a denominator dividing L_r M_j: when that fits in a word, the word path of
            // SumOfProducts holds every element; otherwise the scaled integer product below avoids its BigInteger fallback.
            if (MaxBits(aDenominators) + MaxBits(bDenominators) > WordDenominatorBits)
            {
                MultiplyScaled(rows, cols, depth, a, aRowStride, aDepthStride, aDenominators, b, bDepthStride, bColStride, bDenominators,
                    c, ldc, init);
                return;
            }
        }
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                var sum = Rational.SumOfProducts(From(a, r * aRowStride), aDepthStride, From(b, j * bColStride), bDepthStride, depth);
                c[r * ldc + j] = init.IsEmpty ? sum : init[j] + sum;
            }
    }

    /// <summary>Denominators up to this many bits stay on the word path of <see cref="Rational.SumOfProducts"/>.</summary>
    private const long WordDenominatorBits = 62;

    private static long MaxBits(BigInteger[] values)
    {
        long bits = 0;
        foreach (var v in values) bits = Math.Max(bits, (long)v.GetBitLength());
        return bits;
    }

    /// <summary>
    /// The product when the terms' denominators do not fit a word (g trained on perturbations: each r_n carries
    /// ||u_n||_∞ in its denominators). Each row of A and each column of B is written once over its own common
    /// denominator, A[r, k] = Ã[r, k] / L_r and B[k, j] = B̃[k, j] / M_j with integer Ã, B̃, so every element is an
    /// integer dot product Σ_k Ã[r, k] B̃[k, j] over L_r M_j with one cancellation at the end. Summed term by term, each of
    /// the rows·cols·depth terms would need a big division or gcd to reach a common denominator; this way only the
    /// (rows + cols)·depth scalings do. Exact, so the value is the same as any other order's.
    /// </summary>
    private static void MultiplyScaled(int rows, int cols, int depth, ReadOnlySpan<Rational> a, int aRowStride, int aDepthStride,
        BigInteger[] aDenominators, ReadOnlySpan<Rational> b, int bDepthStride, int bColStride, BigInteger[] bDenominators,
        Span<Rational> c, int ldc, ReadOnlySpan<Rational> init)
    {
        var aNumerators = Numerators(a, rows, depth, aRowStride, aDepthStride, aDenominators);
        var bNumerators = Numerators(b, cols, depth, bColStride, bDepthStride, bDenominators);
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                BigInteger sum = BigInteger.Zero;
                for (int k = 0; k < depth; k++)
                {
                    ref readonly var x = ref aNumerators[r * depth + k];
                    ref readonly var y = ref bNumerators[j * depth + k];
                    if (!x.IsZero && !y.IsZero) sum += x * y;
                }
                var value = sum.IsZero ? Rational.Zero : new Rational(sum, aDenominators[r] * bDenominators[j]);
                c[r * ldc + j] = init.IsEmpty ? value : init[j] + value;
            }
    }

    /// <summary>The lcm of the denominators of each of <paramref name="vectors"/> vectors.</summary>
    private static BigInteger[] CommonDenominators(ReadOnlySpan<Rational> values, int vectors, int depth, int vectorStride, int depthStride)
    {
        var denominators = new BigInteger[vectors];
        for (int v = 0; v < vectors; v++)
        {
            var common = BigInteger.One;
            for (int k = 0; k < depth; k++)
            {
                var value = values[v * vectorStride + k * depthStride];
                if (value.IsInteger) continue;
                var q = value.Denominator;
                // Denominators within one vector mostly divide one another: a remainder test before a gcd.
                if (q > common ? !BigInteger.Remainder(q, common).IsZero : !BigInteger.Remainder(common, q).IsZero)
                    common = common / BigInteger.GreatestCommonDivisor(common, q) * q;
                else if (q > common) common = q;
            }
            denominators[v] = common;
        }
        return denominators;
    }

    /// <summary>Each vector's values times its common denominator: integers, at [v·depth + k].</summary>
    private static BigInteger[] Numerators(ReadOnlySpan<Rational> values, int vectors, int depth, int vectorStride, int depthStride,
        BigInteger[] denominators)
    {
        var numerators = new BigInteger[vectors * depth];
        for (int v = 0; v < vectors; v++)
            for (int k = 0; k < depth; k++)
            {
                var value = values[v * vectorStride + k * depthStride];
                numerators[v * depth + k] = value.IsZero ? BigInteger.Zero : value.Numerator * (denominators[v] / value.Denominator);
            }
        return numerators;
    }

    /// <summary>The values from <paramref name="start"/> on; empty past the end (a product over an empty inner dimension reads nothing).</summary>
    private static ReadOnlySpan<Rational> From(ReadOnlySpan<Rational> values, int start) => start < values.Length ? values[start..] : default;

    public Rational Dot(ReadOnlySpan<Rational> x, ReadOnlySpan<Rational> y) => Rational.SumOfProducts(x, 1, y, 1, x.Length);

    public Rational Sum(ReadOnlySpan<Rational> values) => Reference.Sum(values);

    public void LeakyReluReadouts(ReadOnlySpan<Rational> preactivations, int width, ReadOnlySpan<Rational> readout, Rational slope, Span<Rational> outputs) =>
        Reference.LeakyReluReadouts(preactivations, width, readout, slope, outputs);

    /// <summary>The reference factors and bias sums with no weight gradient (depth 0 writes nothing), then Gᵀ X here.</summary>
    public void LeakyReluGradient(ReadOnlySpan<Rational> inputs, int dimension, ReadOnlySpan<Rational> preactivations, int width,
        ReadOnlySpan<Rational> readout, ReadOnlySpan<Rational> sampleWeights, Rational slope, Span<Rational> factors,
        Span<Rational> biasGradient, Span<Rational> weightGradient)
    {
        Reference.LeakyReluGradient(inputs, 0, preactivations, width, readout, sampleWeights, slope, factors, biasGradient, default);
        Multiply(width, dimension, sampleWeights.Length, factors, 1, width, inputs, dimension, 1, weightGradient, dimension, default);
    }

    public void NonNegativeBits(ReadOnlySpan<Rational> values, Span<ulong> words) => Reference.NonNegativeBits(values, words);

    public bool HeavyBallStep(Span<Rational> velocity, ReadOnlySpan<Rational> gradient, Rational momentum, Span<Rational> parameters, Rational rate) =>
        Reference.HeavyBallStep(velocity, gradient, momentum, parameters, rate);
}
