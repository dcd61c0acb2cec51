using System.Numerics;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// The exact lazy-regime predictions of THEORY §3 (identity loss, activation patterns frozen at
/// initialisation). They hold with equality in rational arithmetic when no pattern flips.
/// </summary>
public static class LazyClosedForm<T> where T : struct, INumber<T>
{
    /// <summary>E3: f_t(z) = f_0(z) + (t/N) Σ_n y_n K(x_n, z)(⟨x_n, z⟩ + 1).</summary>
    public static T Output(TwoLayerNetwork<T> initial, Matrix<T> inputs, int[] labels, T time, ReadOnlySpan<T> z)
    {
        T sum = T.AdditiveIdentity, one = T.MultiplicativeIdentity;
        for (int n = 0; n < inputs.Rows; n++)
        {
            T term = ArcCosineKernel.FiniteWidth(initial, inputs.Row(n), z) * (MatrixProducts<T>.Dot(inputs.Row(n), z) + one);
            sum += labels[n] > 0 ? term : -term;
        }
        return initial.Output(z) + time * sum / T.CreateChecked(inputs.Rows);
    }

    /// <summary>E3: ∇f_t(z) = ∇f_0(z) + (t/N) Σ_n y_n K(x_n, z) x_n.</summary>
    public static T[] InputGradient(TwoLayerNetwork<T> initial, Matrix<T> inputs, int[] labels, T time, ReadOnlySpan<T> z)
    {
        var gradient = initial.InputGradient(z);
        T scale = time / T.CreateChecked(inputs.Rows);
        for (int n = 0; n < inputs.Rows; n++)
        {
            T k = ArcCosineKernel.FiniteWidth(initial, inputs.Row(n), z) * scale;
            MatrixProducts<T>.AddScaled(gradient, labels[n] > 0 ? k : -k, inputs.Row(n));
        }
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
        T feature = T.AdditiveIdentity, bias = T.AdditiveIdentity;
        for (int n = 0; n < perturbations.Rows; n++)
        {
            T k = ArcCosineKernel.FiniteWidth(initialG, perturbations.Row(n), z);
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
}
