using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// f(x_n) = Σ_i a_i φ(u_ni) for every row n of the preactivations, φ(u) = u for u ≥ 0 and γu below, in double.
/// The order is fixed and the same on every <see cref="VectorPath"/>: term i is added to lane i mod 8 with one
/// fused multiply-add, in increasing i; the lanes are then combined as ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7)).
/// </summary>
internal static unsafe class LeakyReluReadout
{
    public static void Run(VectorPath path, ReadOnlySpan<double> preactivations, int width, ReadOnlySpan<double> readout, double slope, Span<double> outputs)
    {
        fixed (double* pre = preactivations, a = readout, output = outputs)
        {
            switch (path)
            {
                case VectorPath.Vector512: Rows<LaneBlock512>(pre, outputs.Length, width, a, slope, output); break;
                case VectorPath.Vector256: Rows<LaneBlock256>(pre, outputs.Length, width, a, slope, output); break;
                case VectorPath.Vector128: Rows<LaneBlock128>(pre, outputs.Length, width, a, slope, output); break;
                default: Rows<LaneBlockScalar>(pre, outputs.Length, width, a, slope, output); break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    private static void Rows<TBlock>(double* pre, int rows, int width, double* a, double slope, double* outputs)
        where TBlock : struct, ILaneBlock<TBlock>
    {
        var gamma = TBlock.Broadcast(slope);
        double* lanes = stackalloc double[8];
        for (int n = 0; n < rows; n++)
        {
            double* u = pre + (nint)n * width;
            var sum = TBlock.Zero;
            int i = 0;
            for (; i <= width - 8; i += 8)
            {
                var x = TBlock.Load(u + i);
                sum = TBlock.FusedMultiplyAdd(TBlock.Load(a + i), TBlock.SelectNonNegative(x, x, TBlock.Multiply(gamma, x)), sum);
            }
            TBlock.Store(sum, lanes);
            for (; i < width; i++)
            {
                double x = u[i];
                lanes[i & 7] = Math.FusedMultiplyAdd(a[i], x >= 0 ? x : slope * x, lanes[i & 7]);
            }
            outputs[n] = ((lanes[0] + lanes[4]) + (lanes[2] + lanes[6])) + ((lanes[1] + lanes[5]) + (lanes[3] + lanes[7]));
        }
    }
}
