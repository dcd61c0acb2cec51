using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>Activation patterns as bit sets in double: bit j of word w is set when value 64w + j is ≥ 0 (not for NaN).</summary>
internal static unsafe class NonNegativeBits
{
    public static void Run(VectorPath path, ReadOnlySpan<double> values, Span<ulong> words)
    {
        fixed (double* x = values)
        fixed (ulong* w = words)
        {
            switch (path)
            {
                case VectorPath.Vector512: Words<LaneBlock512>(x, values.Length, w); break;
                case VectorPath.Vector256: Words<LaneBlock256>(x, values.Length, w); break;
                case VectorPath.Vector128: Words<LaneBlock128>(x, values.Length, w); break;
                default: Words<LaneBlockScalar>(x, values.Length, w); break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Words<TBlock>(double* values, int count, ulong* words) where TBlock : struct, ILaneBlock<TBlock>
    {
        int full = count / 64;
        for (int w = 0; w < full; w++)
        {
            double* x = values + (nint)w * 64;
            ulong word = 0;
            for (int b = 0; b < 8; b++) word |= (ulong)TBlock.NonNegativeMask(TBlock.Load(x + 8 * b)) << (8 * b);
            words[w] = word;
        }
        if (full * 64 == count) return;
        ulong last = 0;
        for (int j = full * 64; j < count; j++) if (values[j] >= 0) last |= 1UL << (j - full * 64);
        words[full] = last;
    }
}
