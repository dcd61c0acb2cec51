using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The plain managed implementation of the compute seam over generic math: the loops as the formulas read,
/// element by element, sums in increasing index with one rounding per multiply and per add. It is what
/// exact types run (with <see cref="Rational"/> every order gives the same value), and for double the naive
/// loop the vectorised provider is checked against.
/// </summary>
internal sealed class ReferenceProvider<T> : IComputeProvider<T> where T : INumber<T>
{
    public static readonly ReferenceProvider<T> Instance = new();

    private ReferenceProvider() { }

    public void Multiply(int rows, int cols, int depth, ReadOnlySpan<T> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<T> b, int bDepthStride, int bColStride, Span<T> c, int ldc, ReadOnlySpan<T> init)
    {
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                T sum = init.IsEmpty ? T.AdditiveIdentity : init[j];
                for (int k = 0; k < depth; k++) sum += a[r * aRowStride + k * aDepthStride] * b[k * bDepthStride + j * bColStride];
                c[r * ldc + j] = sum;
            }
    }

    public T Dot(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
    {
        T sum = T.AdditiveIdentity;
        for (int i = 0; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    public T Sum(ReadOnlySpan<T> values)
    {
        T sum = T.AdditiveIdentity;
        foreach (var value in values) sum += value;
        return sum;
    }

    public void LeakyReluReadouts(ReadOnlySpan<T> preactivations, int width, ReadOnlySpan<T> readout, T slope, Span<T> outputs)
    {
        for (int n = 0; n < outputs.Length; n++)
        {
            var u = preactivations.Slice(n * width, width);
            T sum = T.AdditiveIdentity;
            for (int i = 0; i < width; i++) sum += readout[i] * (u[i] >= T.AdditiveIdentity ? u[i] : slope * u[i]);
            outputs[n] = sum;
        }
    }

    public void LeakyReluGradient(ReadOnlySpan<T> inputs, int dimension, ReadOnlySpan<T> preactivations, int width, ReadOnlySpan<T> readout,
        ReadOnlySpan<T> sampleWeights, T slope, Span<T> factors, Span<T> biasGradient, Span<T> weightGradient)
    {
        biasGradient[..width].Fill(T.AdditiveIdentity);
        for (int n = 0; n < sampleWeights.Length; n++)
            for (int i = 0; i < width; i++)
            {
                int at = n * width + i;
                factors[at] = sampleWeights[n] * readout[i] * (preactivations[at] >= T.AdditiveIdentity ? T.MultiplicativeIdentity : slope);
                biasGradient[i] += factors[at];
            }
        Multiply(width, dimension, sampleWeights.Length, factors, 1, width, inputs, dimension, 1, weightGradient, dimension, default);
    }

    public void NonNegativeBits(ReadOnlySpan<T> values, Span<ulong> words)
    {
        words[..((values.Length + 63) / 64)].Clear();
        for (int j = 0; j < values.Length; j++)
            if (values[j] >= T.AdditiveIdentity) words[j / 64] |= 1UL << (j % 64);
    }

    public bool HeavyBallStep(Span<T> velocity, ReadOnlySpan<T> gradient, T momentum, Span<T> parameters, T rate)
    {
        bool finite = true;
        for (int j = 0; j < velocity.Length; j++)
        {
            velocity[j] = momentum * velocity[j] + gradient[j];
            parameters[j] += rate * velocity[j];
            finite &= T.IsFinite(parameters[j]);
        }
        return finite;
    }
}
