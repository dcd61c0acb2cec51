using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The per-sample gradient factors of a leaky-ReLU layer in double: G[n, i] = (c_n a_i) φ'(u_ni), with
/// φ'(u) = 1 for u ≥ 0 and γ below, and bias_i += G[n, i] over n in increasing order. Every element is the
/// same two products and one sum on every <see cref="VectorPath"/>, so the bits never depend on the path.
/// </summary>
internal static unsafe class LeakyReluFactors
{
    public static void Run(VectorPath path, ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout,
        ReadOnlySpan<double> sampleWeights, double slope, Span<double> factors, Span<double> biasGradient)
    {
        fixed (double* pre = preactivations, a = readout, c = sampleWeights, g = factors, bias = biasGradient)
        {
            switch (path)
            {
                case VectorPath.Vector512: Rows<LaneBlock512>(pre, sampleWeights.Length, width, a, c, slope, g, bias); break;
                case VectorPath.Vector256: Rows<LaneBlock256>(pre, sampleWeights.Length, width, a, c, slope, g, bias); break;
                case VectorPath.Vector128: Rows<LaneBlock128>(pre, sampleWeights.Length, width, a, c, slope, g, bias); break;
                default: Rows<LaneBlockScalar>(pre, sampleWeights.Length, width, a, c, slope, g, bias); break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rows<TBlock>(double* pre, int rows, int width, double* a, double* c, double slope, double* factors, double* bias)
        where TBlock : struct, ILaneBlock<TBlock>
    {
        var gamma = TBlock.Broadcast(slope);
        var one = TBlock.Broadcast(1.0);
        for (int n = 0; n < rows; n++)
        {
            double* u = pre + (nint)n * width, g = factors + (nint)n * width;
            double weight = c[n];
            var cn = TBlock.Broadcast(weight);
            int i = 0;
            for (; i <= width - 8; i += 8)
            {
                var factor = TBlock.Multiply(TBlock.Multiply(cn, TBlock.Load(a + i)), TBlock.SelectNonNegative(TBlock.Load(u + i), one, gamma));
                TBlock.Store(factor, g + i);
                TBlock.Store(TBlock.Add(TBlock.Load(bias + i), factor), bias + i);
            }
            for (; i < width; i++)
            {
                g[i] = weight * a[i] * (u[i] >= 0 ? 1.0 : slope);
                bias[i] += g[i];
            }
        }
    }
}
