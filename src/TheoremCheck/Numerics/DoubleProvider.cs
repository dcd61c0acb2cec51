namespace TheoremCheck.Numerics;

/// <summary>
/// The vectorised implementation of the compute seam for double on the lane block of one <see cref="VectorPath"/>:
/// the operations are written once against <see cref="ILaneBlock{TSelf}"/> and instantiated per block. Sums follow
/// an order fixed independently of the vector width, so every path gives the same bits; where that order differs
/// from <see cref="ReferenceProvider{T}"/>'s (products: one fused multiply-add per term; readouts, dot products and sums: eight lane sums)
/// the results agree with it to within the rounding bound of the sum.
/// </summary>
internal sealed class DoubleProvider<TBlock> : IComputeProvider<double> where TBlock : struct, ILaneBlock<TBlock>
{
    public static readonly DoubleProvider<TBlock> Instance = new();

    private DoubleProvider() { }

    public void Multiply(int rows, int cols, int depth, ReadOnlySpan<double> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<double> b, int bDepthStride, int bColStride, Span<double> c, int ldc, ReadOnlySpan<double> init) =>
        DoubleGemm.Multiply<TBlock>(rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, c, ldc, init);

    public double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => DotProduct<TBlock>.Run(x, y);

    public double Sum(ReadOnlySpan<double> values) => VectorSum<TBlock>.Run(values);

    public void LeakyReluReadouts(ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout, double slope, Span<double> outputs) =>
        LeakyReluReadout<TBlock>.Run(preactivations, width, readout, slope, outputs);

    public void LeakyReluGradient(ReadOnlySpan<double> inputs, int dimension, ReadOnlySpan<double> preactivations, int width,
        ReadOnlySpan<double> readout, ReadOnlySpan<double> sampleWeights, double slope,
        Span<double> factors, Span<double> biasGradient, Span<double> weightGradient) =>
        LeakyReluGradient<TBlock>.Run(inputs, dimension, preactivations, width, readout, sampleWeights, slope, factors, biasGradient, weightGradient);

    public void NonNegativeBits(ReadOnlySpan<double> values, Span<ulong> words) => NonNegativeBits<TBlock>.Run(values, words);

    public bool HeavyBallStep(Span<double> velocity, ReadOnlySpan<double> gradient, double momentum, Span<double> parameters, double rate) =>
        HeavyBallStep<TBlock>.Run(velocity, gradient, momentum, parameters, rate);
}
