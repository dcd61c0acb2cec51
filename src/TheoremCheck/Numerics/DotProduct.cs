using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Σ_i x_i y_i in double in an order fixed on every <see cref="VectorPath"/> (and so on every machine, unlike
/// <c>TensorPrimitives.Dot</c>, whose order follows the hardware's widest vector): term i is added to lane i mod 8
/// with one fused multiply-add, in increasing i, from +0; the lanes are combined by <see cref="LaneTree"/>.
/// </summary>
internal static unsafe class DotProduct<TBlock> where TBlock : struct, ILaneBlock<TBlock>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    public static double Run(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int length = x.Length, full = length / 8 * 8;
        double* lanes = stackalloc double[8];
        fixed (double* px = x, py = y)
        {
            var sum = TBlock.Zero;
            for (int i = 0; i < full; i += 8) sum = TBlock.FusedMultiplyAdd(TBlock.Load(px + i), TBlock.Load(py + i), sum);
            TBlock.Store(sum, lanes);
            for (int i = full; i < length; i++) lanes[i & 7] = Math.FusedMultiplyAdd(px[i], py[i], lanes[i & 7]);
        }
        return LaneTree.Combine(lanes);
    }
}
