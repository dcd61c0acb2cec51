using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Networks;

/// <summary>
/// f(z) = Σ_i a_i φ(⟨w_i, z⟩ + b_i) (THEORY §2): width m, leaky-ReLU slope γ, fixed readout a,
/// trainable first layer W (m×d) and bias b. Immutable: training returns a new network.
/// </summary>
public sealed class TwoLayerNetwork<T> where T : struct,
    IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
    IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>,
    IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>, IComparisonOperators<T, T, bool>
{
    public Matrix<T> Weights { get; }
    public T[] Bias { get; }
    public T[] Readout { get; }
    public T Slope { get; }

    public int Width => Weights.Rows;
    public int Dimension => Weights.Cols;

    public TwoLayerNetwork(Matrix<T> weights, T[] bias, T[] readout, T slope)
    {
        if (bias.Length != weights.Rows || readout.Length != weights.Rows)
            throw new ArgumentException(
                $"Width mismatch: {weights.Rows} weight rows, {bias.Length} biases, {readout.Length} readout weights.");
        Weights = weights; Bias = bias; Readout = readout; Slope = slope;
    }

    public TwoLayerNetwork<T> WithFirstLayer(Matrix<T> weights, T[] bias) => new(weights, bias, Readout, Slope);

    public T Preactivation(int neuron, ReadOnlySpan<T> z) => Kernels<T>.Dot(Weights.Row(neuron), z) + Bias[neuron];

    /// <summary>All preactivations ⟨w_i, z_n⟩ + b_i, one row per input.</summary>
    public Matrix<T> Preactivations(Matrix<T> inputs)
    {
        CheckDimension(inputs.Cols);
        return Kernels<T>.MultiplyTransposed(inputs, Weights, Bias);
    }

    public T Output(ReadOnlySpan<T> z)
    {
        CheckDimension(z.Length);
        T sum = T.AdditiveIdentity;
        for (int i = 0; i < Width; i++) sum += Readout[i] * LeakyRelu.Value(Preactivation(i, z), Slope);
        return sum;
    }

    public T[] Outputs(Matrix<T> inputs) => OutputsFromPreactivations(Preactivations(inputs));

    public T[] OutputsFromPreactivations(Matrix<T> preactivations)
    {
        var outputs = new T[preactivations.Rows];
        for (int n = 0; n < outputs.Length; n++)
        {
            var row = preactivations.Row(n);
            T sum = T.AdditiveIdentity;
            for (int i = 0; i < Width; i++) sum += Readout[i] * LeakyRelu.Value(row[i], Slope);
            outputs[n] = sum;
        }
        return outputs;
    }

    /// <summary>Activation pattern at z: neuron i is active when ⟨w_i, z⟩ + b_i ≥ 0.</summary>
    public bool[] Pattern(ReadOnlySpan<T> z)
    {
        CheckDimension(z.Length);
        var pattern = new bool[Width];
        for (int i = 0; i < Width; i++) pattern[i] = LeakyRelu.IsActive(Preactivation(i, z));
        return pattern;
    }

    /// <summary>φ'_i(z) for every neuron.</summary>
    public T[] Derivatives(ReadOnlySpan<T> z)
    {
        CheckDimension(z.Length);
        var d = new T[Width];
        for (int i = 0; i < Width; i++) d[i] = LeakyRelu.Derivative(Preactivation(i, z), Slope);
        return d;
    }

    /// <summary>∇_z f(z) = Σ_i a_i φ'_i(z) w_i (THEORY §3 E2).</summary>
    public T[] InputGradient(ReadOnlySpan<T> z)
    {
        var derivatives = Derivatives(z);
        var gradient = new T[Dimension];
        for (int i = 0; i < Width; i++) Kernels<T>.AddScaled(gradient, Readout[i] * derivatives[i], Weights.Row(i));
        return gradient;
    }

    /// <summary>
    /// Σ_n c_n ∇_θ f(x_n) for θ = (W, b): row i of the weight part is Σ_n c_n a_i φ'_i(x_n) x_n.
    /// Also returns the per-sample factors G[n, i] = c_n a_i φ'_i(x_n), the span coefficients of E1.
    /// </summary>
    public (Matrix<T> Weights, T[] Bias, Matrix<T> Factors) WeightedParameterGradient(
        Matrix<T> inputs, Matrix<T> preactivations, ReadOnlySpan<T> sampleWeights)
    {
        if (sampleWeights.Length != inputs.Rows)
            throw new ArgumentException($"{sampleWeights.Length} sample weights for {inputs.Rows} inputs.");
        var factors = new Matrix<T>(inputs.Rows, Width);
        var bias = new T[Width];
        for (int n = 0; n < inputs.Rows; n++)
        {
            var pre = preactivations.Row(n);
            var g = factors.Row(n);
            for (int i = 0; i < Width; i++)
            {
                g[i] = sampleWeights[n] * Readout[i] * LeakyRelu.Derivative(pre[i], Slope);
                bias[i] += g[i];
            }
        }
        return (Kernels<T>.TransposeMultiply(factors, inputs), bias, factors);
    }

    private void CheckDimension(int length)
    {
        if (length != Dimension)
            throw new ArgumentException($"Input has dimension {length}, the network expects {Dimension}.");
    }
}
