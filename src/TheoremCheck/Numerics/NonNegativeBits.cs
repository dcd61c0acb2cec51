using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Activation patterns as bit sets in double: bit j of word w is set when value 64w + j is ≥ 0 (not for NaN).
/// Words are independent, so threads take ranges of them.
/// </summary>
internal readonly unsafe struct NonNegativeBits<TBlock> : IRangeOperation where TBlock : struct, ILaneBlock<TBlock>
{
    private readonly double* _values;
    private readonly int _count;
    private readonly ulong* _words;

    private NonNegativeBits(double* values, int count, ulong* words) { _values = values; _count = count; _words = words; }

    public static void Run(ReadOnlySpan<double> values, Span<ulong> words)
    {
        fixed (double* x = values)
        fixed (ulong* w = words)
            RangeJob<NonNegativeBits<TBlock>>.Run(new(x, values.Length, w), (values.Length + 63) / 64, 64);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(int start, int end)
    {
        int full = Math.Min(end, _count / 64);
        for (int w = start; w < full; w++)
        {
            double* x = _values + (nint)w * 64;
            ulong word = 0;
            for (int b = 0; b < 8; b++) word |= (ulong)TBlock.NonNegativeMask(TBlock.Load(x + 8 * b)) << (8 * b);
            _words[w] = word;
        }
        if (end <= full) return;
        ulong last = 0;
        for (int j = full * 64; j < _count; j++) if (_values[j] >= 0) last |= 1UL << (j - full * 64);
        _words[full] = last;
    }
}
