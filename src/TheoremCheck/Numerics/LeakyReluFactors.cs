using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The per-sample gradient factors of a leaky-ReLU layer in double: G[n, i] = (c_n a_i) φ'(u_ni), with
/// φ'(u) = 1 for u ≥ 0 and γ below, bias_i = Σ_n G[n, i] from +0 in increasing n, and whether column i has a
/// factor other than ±0. Every element is the same two products and one sum on every <see cref="VectorPath"/>,
/// so the bits never depend on the path.
/// </summary>
internal static unsafe class LeakyReluFactors
{
    public static void Run(VectorPath path, ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout,
        ReadOnlySpan<double> sampleWeights, double slope, Span<double> factors, Span<double> biasGradient, Span<bool> live)
    {
        fixed (double* pre = preactivations, a = readout, c = sampleWeights, g = factors, bias = biasGradient)
        fixed (bool* alive = live)
        {
            switch (path)
            {
                case VectorPath.Vector512: Columns<LaneBlock512>(pre, sampleWeights.Length, width, a, c, slope, g, bias, alive); break;
                case VectorPath.Vector256: Columns<LaneBlock256>(pre, sampleWeights.Length, width, a, c, slope, g, bias, alive); break;
                case VectorPath.Vector128: Columns<LaneBlock128>(pre, sampleWeights.Length, width, a, c, slope, g, bias, alive); break;
                default: Columns<LaneBlockScalar>(pre, sampleWeights.Length, width, a, c, slope, g, bias, alive); break;
            }
        }
    }

    /// <summary>Column block by column block, so each block's bias sum and liveness stay in registers while n runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns<TBlock>(double* pre, int rows, int width, double* a, double* c, double slope, double* factors, double* bias, bool* live)
        where TBlock : struct, ILaneBlock<TBlock>
    {
        var gamma = TBlock.Broadcast(slope);
        var one = TBlock.Broadcast(1.0);
        int i = 0;
        for (; i <= width - 8; i += 8)
        {
            var readout = TBlock.Load(a + i);
            var sum = TBlock.Zero;
            uint nonZero = 0;
            for (int n = 0; n < rows; n++)
            {
                nint at = (nint)n * width + i;
                var factor = TBlock.Multiply(TBlock.Multiply(TBlock.Broadcast(c[n]), readout), TBlock.SelectNonNegative(TBlock.Load(pre + at), one, gamma));
                TBlock.Store(factor, factors + at);
                sum = TBlock.Add(sum, factor);
                nonZero |= TBlock.NonZeroMask(factor);
            }
            TBlock.Store(sum, bias + i);
            for (int l = 0; l < 8; l++) live[i + l] = (nonZero >> l & 1) != 0;
        }
        for (; i < width; i++)
        {
            double sum = 0;
            bool nonZero = false;
            for (int n = 0; n < rows; n++)
            {
                nint at = (nint)n * width + i;
                double factor = c[n] * a[i] * (pre[at] >= 0 ? 1.0 : slope);
                factors[at] = factor;
                sum += factor;
                nonZero |= factor != 0;
            }
            bias[i] = sum;
            live[i] = nonZero;
        }
    }
}
