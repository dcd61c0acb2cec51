using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Networks;

/// <summary>
/// f(z) = Σ_i a_i φ(⟨w_i, z⟩ + b_i) (THEORY §2): width m, leaky-ReLU slope γ, fixed readout a,
/// trainable first layer W (m×d) and bias b. Immutable: training returns a new network.
/// </summary>
public sealed class TwoLayerNetwork<T> where T : struct, INumber<T>
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

    public T Preactivation(int neuron, ReadOnlySpan<T> z) => MatrixProducts<T>.Dot(Weights.Row(neuron), z) + Bias[neuron];

    /// <summary>All preactivations ⟨w_i, z_n⟩ + b_i, one row per input.</summary>
    public Matrix<T> Preactivations(Matrix<T> inputs)
    {
        var result = new Matrix<T>(inputs.Rows, Width);
        Preactivations(inputs, result);
        return result;
    }

    /// <summary>All preactivations, written into <paramref name="result"/> (inputs × width).</summary>
    public void Preactivations(Matrix<T> inputs, Matrix<T> result)
    {
        CheckDimension(inputs.Cols);
        MatrixProducts<T>.MultiplyTransposed(inputs, Weights, Bias, result);
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
        OutputsFromPreactivations(preactivations, outputs);
        return outputs;
    }

    /// <summary>f(x_n) = Σ_i a_i φ(pre[n, i]) for every row, written into <paramref name="outputs"/>.</summary>
    public void OutputsFromPreactivations(Matrix<T> preactivations, Span<T> outputs)
    {
        if (preactivations.Cols != Width || outputs.Length != preactivations.Rows)
            throw new ArgumentException($"{preactivations.Rows}x{preactivations.Cols} preactivations, {outputs.Length} outputs, width {Width}.");
        VectorOperations<T>.LeakyReluReadouts(preactivations, Readout, Slope, outputs);
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
        for (int i = 0; i < Width; i++) MatrixProducts<T>.AddScaled(gradient, Readout[i] * derivatives[i], Weights.Row(i));
        return gradient;
    }

    /// <summary>Row n: ∇_z f(x_n) = Σ_i a_i φ'_i(x_n) w_i, for all inputs at once (D W with D[n, i] = a_i φ'_i(x_n)).</summary>
    public Matrix<T> InputGradients(Matrix<T> inputs)
    {
        var coefficients = Preactivations(inputs);
        for (int n = 0; n < inputs.Rows; n++)
        {
            var row = coefficients.Row(n);
            for (int i = 0; i < Width; i++) row[i] = Readout[i] * LeakyRelu.Derivative(row[i], Slope);
        }
        var gradients = new Matrix<T>(inputs.Rows, Dimension);
        MatrixProducts<T>.Multiply(coefficients, Weights, gradients);
        return gradients;
    }

    /// <summary>
    /// Σ_n c_n ∇_θ f(x_n) for θ = (W, b): row i of the weight part is Σ_n c_n a_i φ'_i(x_n) x_n.
    /// Also returns the per-sample factors G[n, i] = c_n a_i φ'_i(x_n), this step's increments of the E1 span coefficients.
    /// </summary>
    public (Matrix<T> Weights, T[] Bias, Matrix<T> Factors) WeightedParameterGradient(
        Matrix<T> inputs, Matrix<T> preactivations, ReadOnlySpan<T> sampleWeights)
    {
        var weights = new Matrix<T>(Width, Dimension);
        var bias = new T[Width];
        var factors = new Matrix<T>(inputs.Rows, Width);
        WeightedParameterGradient(inputs, preactivations, sampleWeights, weights, bias, factors);
        return (weights, bias, factors);
    }

    /// <summary>The weighted parameter gradient written into caller-owned buffers (width × d, width, N × width).</summary>
    public void WeightedParameterGradient(Matrix<T> inputs, Matrix<T> preactivations, ReadOnlySpan<T> sampleWeights,
        Matrix<T> weightGradient, Span<T> biasGradient, Matrix<T> factors)
    {
        if (sampleWeights.Length != inputs.Rows)
            throw new ArgumentException($"{sampleWeights.Length} sample weights for {inputs.Rows} inputs.");
        if (biasGradient.Length != Width || factors.Rows != inputs.Rows || factors.Cols != Width)
            throw new ArgumentException($"Gradient buffers do not match {inputs.Rows} inputs and width {Width}.");
        VectorOperations<T>.LeakyReluGradient(inputs, preactivations, Readout, sampleWeights, Slope, factors, biasGradient, weightGradient);
    }

    private void CheckDimension(int length)
    {
        if (length != Dimension)
            throw new ArgumentException($"Input has dimension {length}, the network expects {Dimension}.");
    }
}
