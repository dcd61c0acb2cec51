using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Training;

/// <summary>
/// Activation patterns as bit sets (bit j set when preactivation j is ≥ 0, as <c>LeakyRelu.IsActive</c>), so
/// tracking flips every step costs a pass of 64 patterns per word instead of one bool per (neuron, point).
/// </summary>
internal static class ActivationBits
{
    public static ulong[] Of<T>(ReadOnlySpan<T> preactivations) where T : struct, INumber<T>
    {
        var bits = new ulong[WordCount(preactivations.Length)];
        VectorOperations<T>.NonNegativeBits(preactivations, bits);
        return bits;
    }

    public static int WordCount(int patterns) => (patterns + 63) / 64;

    /// <summary>ever |= pattern(preactivations) XOR initial; <paramref name="current"/> receives the pattern.</summary>
    public static void MarkChanged<T>(ReadOnlySpan<T> preactivations, ulong[] initial, ulong[] ever, Span<ulong> current)
        where T : struct, INumber<T>
    {
        VectorOperations<T>.NonNegativeBits(preactivations, current);
        for (int w = 0; w < initial.Length; w++) ever[w] |= current[w] ^ initial[w];
    }

    public static int CountChanged<T>(ReadOnlySpan<T> preactivations, ulong[] initial)
        where T : struct, INumber<T>
    {
        var current = Of(preactivations);
        int count = 0;
        for (int w = 0; w < initial.Length; w++) count += BitOperations.PopCount(current[w] ^ initial[w]);
        return count;
    }

    public static int Count(ulong[] bits)
    {
        int count = 0;
        foreach (var word in bits) count += BitOperations.PopCount(word);
        return count;
    }
}
