using System.Numerics;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// The exact lazy-regime predictions of THEORY §3 (identity loss, activation patterns frozen at
/// initialisation). They hold with equality in rational arithmetic when no pattern flips.
/// </summary>
/// <remarks>Every form needs K(x_n, z) for all n at one z: <see cref="Kernels"/> computes them together, the
/// derivatives at z and the weights a_i² φ'_i(z) once instead of once per n, and the preactivations of all x_n as
/// one product. In exact arithmetic the grouping cannot change a value.</remarks>
public static class LazyClosedForm<T> where T : struct, INumber<T>
{
    /// <summary>E3: f_t(z) = f_0(z) + (t/N) Σ_n y_n K(x_n, z)(⟨x_n, z⟩ + 1).</summary>
    public static T Output(TwoLayerNetwork<T> initial, Matrix<T> inputs, int[] labels, T time, ReadOnlySpan<T> z)
    {
        var kernels = Kernels(initial, inputs, z);
        T sum = T.AdditiveIdentity, one = T.MultiplicativeIdentity;
        for (int n = 0; n < inputs.Rows; n++)
        {
            T term = kernels[n] * (MatrixProducts<T>.Dot(inputs.Row(n), z) + one);
            sum += labels[n] > 0 ? term : -term;
        }
        return initial.Output(z) + time * sum / T.CreateChecked(inputs.Rows);
    }

    /// <summary>E3: ∇f_t(z) = ∇f_0(z) + (t/N) Σ_n y_n K(x_n, z) x_n.</summary>
    public static T[] InputGradient(TwoLayerNetwork<T> initial, Matrix<T> inputs, int[] labels, T time, ReadOnlySpan<T> z)
    {
        var kernels = Kernels(initial, inputs, z);
        T scale = time / T.CreateChecked(inputs.Rows);
        // Σ_n c_n x_n with c_n = ±(t/N) K(x_n, z): one row vector times X.
        var coefficients = new Matrix<T>(1, inputs.Rows);
        for (int n = 0; n < inputs.Rows; n++) coefficients[0, n] = labels[n] > 0 ? kernels[n] * scale : -(kernels[n] * scale);
        var combination = new Matrix<T>(1, inputs.Cols);
        MatrixProducts<T>.Multiply(coefficients, inputs, combination);
        var gradient = initial.InputGradient(z);
        for (int j = 0; j < gradient.Length; j++) gradient[j] += combination[0, j];
        return gradient;
    }

    /// <summary>
    /// E4: g trained for time t_g on r_n = ε y^adv_n u_n / s_n (s_n the normaliser of u_n):
    /// g_t(z) = g_0(z) + (t_g ε/N) Σ_n K_g(r_n, z) ⟨u_n, z⟩ / s_n + (t_g/N) Σ_n y^adv_n K_g(r_n, z).
    /// The target labels cancel in the first sum: this is the mislabelling cancellation.
    /// </summary>
    public static T PerturbationLearningOutput(
        TwoLayerNetwork<T> initialG, Matrix<T> perturbations, Matrix<T> gradients, T[] normalisers,
        int[] targets, T epsilon, T time, ReadOnlySpan<T> z)
    {
        var kernels = Kernels(initialG, perturbations, z);
        T feature = T.AdditiveIdentity, bias = T.AdditiveIdentity;
        for (int n = 0; n < perturbations.Rows; n++)
        {
            T k = kernels[n];
            feature += k * MatrixProducts<T>.Dot(gradients.Row(n), z) / normalisers[n];
            bias += targets[n] > 0 ? k : -k;
        }
        T perSample = time / T.CreateChecked(perturbations.Rows);
        return initialG.Output(z) + perSample * epsilon * feature + perSample * bias;
    }

    /// <summary>E4 second part: ⟨u_n, z⟩ = ⟨∇f_0(x_n), z⟩ + (t_f/N) Σ_k y_k K_f(x_k, x_n) ⟨x_k, z⟩.</summary>
    public static T GradientProjection(TwoLayerNetwork<T> initialF, Matrix<T> inputs, int[] labels, T time, int n, ReadOnlySpan<T> z)
    {
        var u = InputGradient(initialF, inputs, labels, time, inputs.Row(n));
        return MatrixProducts<T>.Dot(u, z);
    }

    /// <summary>K(x_n, z) = Σ_i a_i² φ'_i(x_n) φ'_i(z) for every row x_n of <paramref name="points"/>.</summary>
    private static T[] Kernels(TwoLayerNetwork<T> network, Matrix<T> points, ReadOnlySpan<T> z)
    {
        var atZ = network.Derivatives(z);
        var weights = new T[network.Width];
        for (int i = 0; i < weights.Length; i++) weights[i] = network.Readout[i] * network.Readout[i] * atZ[i];
        var preactivations = network.Preactivations(points);
        var kernels = new T[points.Rows];
        var derivatives = new T[network.Width];
        for (int n = 0; n < kernels.Length; n++)
        {
            var row = preactivations.Row(n);
            for (int i = 0; i < derivatives.Length; i++) derivatives[i] = LeakyRelu.Derivative(row[i], network.Slope);
            kernels[n] = MatrixProducts<T>.Dot(weights, derivatives);
        }
        return kernels;
    }
}
