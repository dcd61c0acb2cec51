using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The elementwise passes of training and evaluation, written once over generic math: shapes are checked here,
/// the work runs on <see cref="ComputeProvider{T}"/> (vectorised for double, plain loops for exact types).
/// </summary>
public static class VectorOperations<T> where T : INumber<T>
{
    /// <summary>outputs[n] = Σ_i a_i φ(u_ni) for every row n: the outputs of a leaky-ReLU layer of slope γ with readout a.</summary>
    public static void LeakyReluReadouts(Matrix<T> preactivations, ReadOnlySpan<T> readout, T slope, Span<T> outputs)
    {
        if (preactivations.Cols != readout.Length || outputs.Length != preactivations.Rows)
            throw new ArgumentException($"{preactivations.Rows}x{preactivations.Cols} preactivations, {readout.Length} readout weights, {outputs.Length} outputs.");
        ComputeProvider<T>.Current.LeakyReluReadouts(preactivations.Data, preactivations.Cols, readout, slope, outputs);
    }

    /// <summary>
    /// factors[n, i] = (c_n a_i) φ'(u_ni) and biasGradient_i += factors[n, i] (over n in order): the per-sample factors of
    /// Σ_n c_n ∇_θ f(x_n) and its bias part.
    /// </summary>
    public static void LeakyReluFactors(Matrix<T> preactivations, ReadOnlySpan<T> readout, ReadOnlySpan<T> sampleWeights, T slope,
        Matrix<T> factors, Span<T> biasGradient)
    {
        int rows = preactivations.Rows, width = preactivations.Cols;
        if (readout.Length != width || sampleWeights.Length != rows || biasGradient.Length != width || factors.Rows != rows || factors.Cols != width)
            throw new ArgumentException($"{rows}x{width} preactivations, {readout.Length} readout weights, {sampleWeights.Length} sample weights, "
                + $"{factors.Rows}x{factors.Cols} factors, {biasGradient.Length} bias gradients.");
        ComputeProvider<T>.Current.LeakyReluFactors(preactivations.Data, width, readout, sampleWeights, slope, factors.Data, biasGradient);
    }

    /// <summary>Bit j of words[w] is set when values[64w + j] ≥ 0 (an activation pattern as a bit set).</summary>
    public static void NonNegativeBits(ReadOnlySpan<T> values, Span<ulong> words)
    {
        if (words.Length != (values.Length + 63) / 64)
            throw new ArgumentException($"{values.Length} values need {(values.Length + 63) / 64} words, got {words.Length}.");
        ComputeProvider<T>.Current.NonNegativeBits(values, words);
    }

    /// <summary>One heavy-ball step, elementwise: v ← βv + g, θ ← θ + ηv. Returns whether every updated θ is finite.</summary>
    public static bool HeavyBallStep(Span<T> velocity, ReadOnlySpan<T> gradient, T momentum, Span<T> parameters, T rate)
    {
        if (gradient.Length != velocity.Length || parameters.Length != velocity.Length)
            throw new ArgumentException($"{velocity.Length} velocities, {gradient.Length} gradients, {parameters.Length} parameters.");
        return ComputeProvider<T>.Current.HeavyBallStep(velocity, gradient, momentum, parameters, rate);
    }
}
