using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// f(x_n) = Σ_i a_i φ(u_ni) for every row n of the preactivations, φ(u) = u for u ≥ 0 and γu below, in double.
/// The order is fixed and the same on every <see cref="VectorPath"/>: term i is added to lane i mod 8 with one
/// fused multiply-add, in increasing i; the lanes are then combined by <see cref="LaneTree"/>.
/// Rows are independent, so threads take ranges of them.
/// </summary>
internal readonly unsafe struct LeakyReluReadout<TBlock> : IRangeOperation where TBlock : struct, ILaneBlock<TBlock>
{
    private readonly double* _pre, _readout, _outputs;
    private readonly int _width;
    private readonly double _slope;

    private LeakyReluReadout(double* pre, int width, double* readout, double slope, double* outputs)
    {
        _pre = pre; _width = width; _readout = readout; _slope = slope; _outputs = outputs;
    }

    public static void Run(ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout, double slope, Span<double> outputs)
    {
        fixed (double* pre = preactivations, a = readout, output = outputs)
            RangeJob<LeakyReluReadout<TBlock>>.Run(new(pre, width, a, slope, output), outputs.Length, width);
    }

    /// <summary>Rows start..end-1, four at a time: a row's sum is one FMA chain per lane, so four rows keep the FMA unit busy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    public void Run(int start, int end)
    {
        int width = _width, full = width / 8 * 8, n = start;
        double* a = _readout;
        var gamma = TBlock.Broadcast(_slope);
        double* lanes = stackalloc double[8];
        for (; n <= end - 4; n += 4)
        {
            double* u0 = _pre + (nint)n * width, u1 = u0 + width, u2 = u1 + width, u3 = u2 + width;
            TBlock s0 = TBlock.Zero, s1 = TBlock.Zero, s2 = TBlock.Zero, s3 = TBlock.Zero;
            for (int i = 0; i < full; i += 8)
            {
                var weight = TBlock.Load(a + i);
                var x0 = TBlock.Load(u0 + i); var x1 = TBlock.Load(u1 + i); var x2 = TBlock.Load(u2 + i); var x3 = TBlock.Load(u3 + i);
                s0 = TBlock.FusedMultiplyAdd(weight, TBlock.SelectNonNegative(x0, x0, TBlock.Multiply(gamma, x0)), s0);
                s1 = TBlock.FusedMultiplyAdd(weight, TBlock.SelectNonNegative(x1, x1, TBlock.Multiply(gamma, x1)), s1);
                s2 = TBlock.FusedMultiplyAdd(weight, TBlock.SelectNonNegative(x2, x2, TBlock.Multiply(gamma, x2)), s2);
                s3 = TBlock.FusedMultiplyAdd(weight, TBlock.SelectNonNegative(x3, x3, TBlock.Multiply(gamma, x3)), s3);
            }
            _outputs[n] = Finish(s0, u0, full, lanes);
            _outputs[n + 1] = Finish(s1, u1, full, lanes);
            _outputs[n + 2] = Finish(s2, u2, full, lanes);
            _outputs[n + 3] = Finish(s3, u3, full, lanes);
        }
        for (; n < end; n++)
        {
            double* u = _pre + (nint)n * width;
            var sum = TBlock.Zero;
            for (int i = 0; i < full; i += 8)
            {
                var x = TBlock.Load(u + i);
                sum = TBlock.FusedMultiplyAdd(TBlock.Load(a + i), TBlock.SelectNonNegative(x, x, TBlock.Multiply(gamma, x)), sum);
            }
            _outputs[n] = Finish(sum, u, full, lanes);
        }
    }

    /// <summary>Adds the tail terms i ≥ <paramref name="full"/> to lane i mod 8 and combines the lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Finish(TBlock sum, double* u, int full, double* lanes)
    {
        TBlock.Store(sum, lanes);
        for (int i = full; i < _width; i++)
        {
            double x = u[i];
            lanes[i & 7] = Math.FusedMultiplyAdd(_readout[i], x >= 0 ? x : _slope * x, lanes[i & 7]);
        }
        return LaneTree.Combine(lanes);
    }
}
