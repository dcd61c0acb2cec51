using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The per-row elementwise passes of a training step in double, one Vector512 of neurons at a time.
/// They compute the same formulas as the generic code of <c>TwoLayerNetwork</c>, with fused multiply-adds
/// in the vector lanes and the readout sum in another order (eight lane sums, then a fixed tree): the
/// bits can differ from the generic code's in the last place, and are the same on every run.
/// Fully optimised from the first call: at tier 0 the Vector512 calls are not intrinsics and run ~20x slower.
/// </summary>
internal static class DoubleRows
{
    /// <summary>Σ_i a_i φ(u_i) with φ(u) = max(u, γu) (γ in [0, 1), so this is u for u ≥ 0 and γu below).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double ReadoutOfLeakyRelu(ReadOnlySpan<double> preactivations, ReadOnlySpan<double> readout, double slope)
    {
        int width = preactivations.Length, i = 0;
        var sum = Vector512<double>.Zero;
        var gamma = Vector512.Create(slope);
        for (; i <= width - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            var u = Vector512.Create(preactivations.Slice(i, Vector512<double>.Count));
            var active = Vector512.GreaterThanOrEqual(u, Vector512<double>.Zero);
            var value = Vector512.ConditionalSelect(active, u, gamma * u);
            sum = Vector512.FusedMultiplyAdd(Vector512.Create(readout.Slice(i, Vector512<double>.Count)), value, sum);
        }
        double total = Vector512.Sum(sum);
        for (; i < width; i++)
        {
            double u = preactivations[i];
            total += readout[i] * (u >= 0 ? u : slope * u);
        }
        return total;
    }

    /// <summary>g_i = (c a_i) φ'(u_i) and biasGradient_i += g_i, with φ'(u) = 1 for u ≥ 0, γ below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void GradientFactors(ReadOnlySpan<double> preactivations, ReadOnlySpan<double> readout, double sampleWeight,
        double slope, Span<double> factors, Span<double> biasGradient)
    {
        int width = preactivations.Length, i = 0;
        var c = Vector512.Create(sampleWeight);
        var gamma = Vector512.Create(slope);
        var one = Vector512.Create(1.0);
        for (; i <= width - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            var u = Vector512.Create(preactivations.Slice(i, Vector512<double>.Count));
            var derivative = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(u, Vector512<double>.Zero), one, gamma);
            var g = c * Vector512.Create(readout.Slice(i, Vector512<double>.Count)) * derivative;
            g.CopyTo(factors.Slice(i, Vector512<double>.Count));
            (Vector512.Create(biasGradient.Slice(i, Vector512<double>.Count)) + g).CopyTo(biasGradient.Slice(i, Vector512<double>.Count));
        }
        for (; i < width; i++)
        {
            double g = sampleWeight * readout[i] * (preactivations[i] >= 0 ? 1 : slope);
            factors[i] = g;
            biasGradient[i] += g;
        }
    }
}
