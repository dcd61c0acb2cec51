using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Σ_i x_i in double in an order fixed on every <see cref="VectorPath"/>: x_i is added to lane i mod 8 in
/// increasing i, from +0; the lanes are combined by <see cref="LaneTree"/>.
/// </summary>
internal static unsafe class VectorSum<TBlock> where TBlock : struct, ILaneBlock<TBlock>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    public static double Run(ReadOnlySpan<double> values)
    {
        int length = values.Length, full = length / 8 * 8;
        double* lanes = stackalloc double[8];
        fixed (double* x = values)
        {
            var sum = TBlock.Zero;
            for (int i = 0; i < full; i += 8) sum = TBlock.Add(sum, TBlock.Load(x + i));
            TBlock.Store(sum, lanes);
            for (int i = full; i < length; i++) lanes[i & 7] += x[i];
        }
        return LaneTree.Combine(lanes);
    }
}
