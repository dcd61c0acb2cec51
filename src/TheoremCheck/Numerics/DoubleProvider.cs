namespace TheoremCheck.Numerics;

/// <summary>
/// The vectorised implementation of the compute seam for double on one <see cref="VectorPath"/>: the
/// operations are written once against <see cref="ILaneBlock{TSelf}"/> and run on the path's block. Sums
/// follow an order fixed independently of the vector width, so every path gives the same bits; where that
/// order differs from <see cref="ReferenceProvider{T}"/>'s (products: one fused multiply-add per term;
/// readouts: eight lane sums) the results agree with it to within the rounding bound of the sum.
/// </summary>
internal sealed class DoubleProvider : IComputeProvider<double>
{
    private static readonly DoubleProvider[] ByPath = Enum.GetValues<VectorPath>().Select(p => new DoubleProvider(p)).ToArray();

    public VectorPath Path { get; }

    private DoubleProvider(VectorPath path) => Path = path;

    /// <summary>The provider of <paramref name="path"/>; running it on hardware that does not accelerate the path is slow, not wrong.</summary>
    public static DoubleProvider For(VectorPath path) => ByPath[(int)path];

    public void Multiply(int rows, int cols, int depth, ReadOnlySpan<double> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<double> b, int bDepthStride, int bColStride, Span<double> c, int ldc, ReadOnlySpan<double> init) =>
        DoubleGemm.Multiply(Path, rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, c, ldc, init);

    public void LeakyReluReadouts(ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout, double slope, Span<double> outputs) =>
        LeakyReluReadout.Run(Path, preactivations, width, readout, slope, outputs);

    public void LeakyReluGradient(ReadOnlySpan<double> inputs, int dimension, ReadOnlySpan<double> preactivations, int width,
        ReadOnlySpan<double> readout, ReadOnlySpan<double> sampleWeights, double slope,
        Span<double> factors, Span<double> biasGradient, Span<double> weightGradient) =>
        Numerics.LeakyReluGradient.Run(Path, inputs, dimension, preactivations, width, readout, sampleWeights, slope, factors, biasGradient, weightGradient);

    public void NonNegativeBits(ReadOnlySpan<double> values, Span<ulong> words) => Numerics.NonNegativeBits.Run(Path, values, words);

    public bool HeavyBallStep(Span<double> velocity, ReadOnlySpan<double> gradient, double momentum, Span<double> parameters, double rate) =>
        Numerics.HeavyBallStep.Run(Path, velocity, gradient, momentum, parameters, rate);
}
