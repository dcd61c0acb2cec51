using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TheoremCheck.Networks;

namespace TheoremCheck.Training;

/// <summary>
/// Activation patterns as bit sets (bit j set when preactivation j is ≥ 0), so tracking flips every
/// step costs a pass of 64 patterns per word instead of one bool per (neuron, point).
/// </summary>
internal static class ActivationBits
{
    public static ulong[] Of<T>(ReadOnlySpan<T> preactivations) where T : struct, INumber<T>
    {
        var bits = new ulong[(preactivations.Length + 63) / 64];
        for (int w = 0; w < bits.Length; w++) bits[w] = Word(preactivations, w);
        return bits;
    }

    /// <summary>ever |= pattern(preactivations) XOR initial.</summary>
    public static void MarkChanged<T>(ReadOnlySpan<T> preactivations, ulong[] initial, ulong[] ever)
        where T : struct, INumber<T>
    {
        for (int w = 0; w < initial.Length; w++) ever[w] |= Word(preactivations, w) ^ initial[w];
    }

    public static int CountChanged<T>(ReadOnlySpan<T> preactivations, ulong[] initial)
        where T : struct, INumber<T>
    {
        int count = 0;
        for (int w = 0; w < initial.Length; w++) count += BitOperations.PopCount(Word(preactivations, w) ^ initial[w]);
        return count;
    }

    public static int Count(ulong[] bits)
    {
        int count = 0;
        foreach (var word in bits) count += BitOperations.PopCount(word);
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Word<T>(ReadOnlySpan<T> preactivations, int w) where T : struct, INumber<T>
    {
        int start = w * 64, end = Math.Min(start + 64, preactivations.Length);
        // Eight sign tests per instruction for double; the comparison is the same u ≥ 0 as LeakyRelu.IsActive.
        if (typeof(T) == typeof(double) && end - start == 64)
        {
            var values = MemoryMarshal.Cast<T, double>(preactivations.Slice(start, 64));
            ulong word = 0;
            for (int v = 0; v < 8; v++)
                word |= (ulong)Vector512.GreaterThanOrEqual(Vector512.Create(values.Slice(8 * v, 8)), Vector512<double>.Zero).ExtractMostSignificantBits() << (8 * v);
            return word;
        }
        ulong bits = 0;
        for (int j = start; j < end; j++) if (LeakyRelu.IsActive(preactivations[j])) bits |= 1UL << (j - start);
        return bits;
    }
}
