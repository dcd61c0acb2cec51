using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The compute seam: the dense products and the elementwise passes of training, for one number type.
/// <see cref="ReferenceProvider{T}"/> is the plain managed implementation for every type; <see cref="DoubleProvider"/>
/// is the vectorised one for double. Callers go through <see cref="MatrixProducts{T}"/> and
/// <see cref="VectorOperations{T}"/>, which check shapes once, so implementations trust their arguments.
/// </summary>
internal interface IComputeProvider<T> where T : INumber<T>
{
    /// <summary>
    /// C[r, j] = init[j] + Σ_{k &lt; depth} A[r, k] B[k, j] for r &lt; rows, j &lt; cols, with A[r, k] = a[r·aRowStride + k·aDepthStride],
    /// B[k, j] = b[k·bDepthStride + j·bColStride], C[r, j] = c[r·ldc + j]; an empty init means zero.
    /// </summary>
    void Multiply(int rows, int cols, int depth, ReadOnlySpan<T> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<T> b, int bDepthStride, int bColStride, Span<T> c, int ldc, ReadOnlySpan<T> init);

    /// <summary>Σ_i x_i y_i over equal lengths.</summary>
    T Dot(ReadOnlySpan<T> x, ReadOnlySpan<T> y);

    /// <summary>Σ_i x_i.</summary>
    T Sum(ReadOnlySpan<T> values);

    /// <summary>outputs[n] = Σ_i a_i φ(u[n·width + i]) with φ(u) = u for u ≥ 0, γu below.</summary>
    void LeakyReluReadouts(ReadOnlySpan<T> preactivations, int width, ReadOnlySpan<T> readout, T slope, Span<T> outputs);

    /// <summary>
    /// The weighted gradient Σ_n c_n ∇_θ f(x_n) of a leaky-ReLU layer: factors G[n, i] = (c_n a_i) φ'(u_ni) (φ'(u) = 1 for u ≥ 0,
    /// γ below), biasGradient_i = Σ_n G[n, i] and weightGradient = Gᵀ X (width × dimension), sums in increasing n.
    /// </summary>
    void LeakyReluGradient(ReadOnlySpan<T> inputs, int dimension, ReadOnlySpan<T> preactivations, int width, ReadOnlySpan<T> readout,
        ReadOnlySpan<T> sampleWeights, T slope, Span<T> factors, Span<T> biasGradient, Span<T> weightGradient);

    /// <summary>Bit j of words[w] set when values[64w + j] ≥ 0.</summary>
    void NonNegativeBits(ReadOnlySpan<T> values, Span<ulong> words);

    /// <summary>v ← βv + g, θ ← θ + ηv elementwise; true when every updated θ is finite.</summary>
    bool HeavyBallStep(Span<T> velocity, ReadOnlySpan<T> gradient, T momentum, Span<T> parameters, T rate);
}
