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
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                var sum = Rational.SumOfProducts(From(a, r * aRowStride), aDepthStride, From(b, j * bColStride), bDepthStride, depth);
                c[r * ldc + j] = init.IsEmpty ? sum : init[j] + sum;
            }
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
