using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The per-sample gradient factors of a leaky-ReLU layer in double: G[n, i] = (c_n a_i) φ'(u_ni), with
/// φ'(u) = 1 for u ≥ 0 and γ below, bias_i = Σ_n G[n, i] from +0 in increasing n, and whether column i has a
/// factor other than ±0. Every element is the same two products and one sum on every <see cref="VectorPath"/>,
/// so the bits never depend on the path. Columns are independent (each bias sums down its own column), so
/// threads take ranges of 8-column blocks.
/// </summary>
internal readonly unsafe struct LeakyReluFactors<TBlock> : IRangeOperation where TBlock : struct, ILaneBlock<TBlock>
{
    private readonly double* _pre, _readout, _weights, _factors, _bias;
    private readonly int _rows, _width;
    private readonly double _slope;
    private readonly bool* _live;

    private LeakyReluFactors(double* pre, int rows, int width, double* readout, double* weights, double slope, double* factors, double* bias, bool* live)
    {
        _pre = pre; _rows = rows; _width = width; _readout = readout; _weights = weights; _slope = slope;
        _factors = factors; _bias = bias; _live = live;
    }

    public static void Run(ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout,
        ReadOnlySpan<double> sampleWeights, double slope, Span<double> factors, Span<double> biasGradient, Span<bool> live)
    {
        fixed (double* pre = preactivations, a = readout, c = sampleWeights, g = factors, bias = biasGradient)
        fixed (bool* alive = live)
            RangeJob<LeakyReluFactors<TBlock>>.Run(new(pre, sampleWeights.Length, width, a, c, slope, g, bias, alive),
                (width + 7) / 8, 8L * sampleWeights.Length);
    }

    /// <summary>
    /// Column blocks start..end-1 (the last may be short), row by row in memory order; each bias sum is accumulated
    /// in place in increasing n, each block's liveness in a small array.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    public void Run(int start, int end)
    {
        var gamma = TBlock.Broadcast(_slope);
        var one = TBlock.Broadcast(1.0);
        int first = 8 * start, full = Math.Min(8 * end, _width / 8 * 8), last = Math.Min(8 * end, _width);
        double* a = _readout, bias = _bias;
        uint* nonZero = stackalloc uint[end - start + 1];
        new Span<uint>(nonZero, end - start + 1).Clear();
        new Span<double>(bias + first, last - first).Clear();
        for (int n = 0; n < _rows; n++)
        {
            double* u = _pre + (nint)n * _width, g = _factors + (nint)n * _width;
            double weight = _weights[n];
            var cn = TBlock.Broadcast(weight);
            for (int i = first; i < full; i += 8)
            {
                var factor = TBlock.Multiply(TBlock.Multiply(cn, TBlock.Load(a + i)), TBlock.SelectNonNegative(TBlock.Load(u + i), one, gamma));
                TBlock.Store(factor, g + i);
                TBlock.Store(TBlock.Add(TBlock.Load(bias + i), factor), bias + i);
                nonZero[(i - first) / 8] |= TBlock.NonZeroMask(factor);
            }
            for (int i = full; i < last; i++)
            {
                double factor = weight * a[i] * (u[i] >= 0 ? 1.0 : _slope);
                g[i] = factor;
                bias[i] += factor;
                if (factor != 0) nonZero[(i - first) / 8] |= 1u << (i % 8);
            }
        }
        for (int i = first; i < last; i++) _live[i] = (nonZero[(i - first) / 8] >> (i % 8) & 1) != 0;
    }
}
