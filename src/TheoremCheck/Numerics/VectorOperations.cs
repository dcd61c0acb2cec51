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
    /// Σ_n c_n ∇_θ f(x_n) for a leaky-ReLU layer of slope γ with readout a, θ = (W, b): the factors
    /// G[n, i] = (c_n a_i) φ'(u_ni) (this step's increments of the E1 span coefficients), the bias part
    /// Σ_n G[n, i] and the weight part Gᵀ X, row i being Σ_n G[n, i] x_n.
    /// </summary>
    public static void LeakyReluGradient(Matrix<T> inputs, Matrix<T> preactivations, ReadOnlySpan<T> readout, ReadOnlySpan<T> sampleWeights, T slope,
        Matrix<T> factors, Span<T> biasGradient, Matrix<T> weightGradient)
    {
        int rows = preactivations.Rows, width = preactivations.Cols, dimension = inputs.Cols;
        if (inputs.Rows != rows || readout.Length != width || sampleWeights.Length != rows || biasGradient.Length != width
            || factors.Rows != rows || factors.Cols != width || weightGradient.Rows != width || weightGradient.Cols != dimension)
            throw new ArgumentException($"{inputs.Rows}x{dimension} inputs, {rows}x{width} preactivations, {readout.Length} readout weights, "
                + $"{sampleWeights.Length} sample weights, {factors.Rows}x{factors.Cols} factors, {biasGradient.Length} bias gradients, "
                + $"{weightGradient.Rows}x{weightGradient.Cols} weight gradients.");
        ComputeProvider<T>.Current.LeakyReluGradient(inputs.Data, dimension, preactivations.Data, width, readout, sampleWeights, slope,
            factors.Data, biasGradient, weightGradient.Data);
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
