namespace TheoremCheck.Numerics;

/// <summary>
/// The double matrix product on the lane block of a <see cref="VectorPath"/>: the 8 × 24 tile of 512-bit blocks, or the
/// 6 × 8 tile of two 256-bit halves, four 128-bit quarters or eight scalars. All of them compute every element as the
/// same FMA chain in k order (see <see cref="GemmJob{TTile}"/>), so the path changes the speed only.
/// </summary>
/// <remarks>
/// Why this form, measured single-threaded on the development machine (AMD EPYC Zen 4), median GFLOP/s at (N, d, m):
///                                       (1000, 100, 100)   (2000, 784, 1000)   (1000, 1000, 100)
///   X Wᵀ, one TensorPrimitives.Dot per element     8-11             14                  14
///   Gᵀ X, one MultiplyAdd per (sample, neuron)      6-9            9-14                 18
///   X Wᵀ, the 8 × 24 tile                            52            29-49               50-51
///   Gᵀ X, the 8 × 24 tile                            48              47                44-47
/// </remarks>
internal static class DoubleGemm
{
    /// <summary>C = init + A B as described at <see cref="GemmJob{TTile}.Multiply"/>.</summary>
    public static void Multiply<TBlock>(int rows, int cols, int depth,
        ReadOnlySpan<double> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<double> b, int bDepthStride, int bColStride,
        Span<double> c, int ldc, ReadOnlySpan<double> init = default)
        where TBlock : struct, ILaneBlock<TBlock>
    {
        // The wide tile needs 24 block registers: only AVX-512 has the 32 vector registers for it.
        if (TBlock.Path == VectorPath.Vector512)
            GemmJob<GemmTile8x24<TBlock>>.Multiply(rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, c, ldc, init);
        else
            GemmJob<GemmTile6x8<TBlock>>.Multiply(rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, c, ldc, init);
    }
}
