using System.Numerics.Tensors;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// The infinite-width objects of THEORY §4: the C1 direction, f̂, ĝ (reference form) and ĝ_n
/// (normalised form), all in double since Φ needs arcsin.
/// </summary>
public sealed class LimitFunctions
{
    private readonly Matrix<double> _inputs;
    private readonly int[] _labels;
    private readonly double _slope;
    private readonly Matrix<double> _classFeatures; // row n: v_n = (1/N) Σ_k y_k Φ(x_k, x_n) x_k

    public LimitFunctions(Matrix<double> inputs, int[] labels, double slope)
    {
        if (labels.Length != inputs.Rows) throw new ArgumentException($"{labels.Length} labels for {inputs.Rows} samples.");
        _inputs = inputs; _labels = labels; _slope = slope;
        _classFeatures = ClassFeatures(inputs, labels, slope);
    }

    /// <summary>v_n = (1/N) Σ_k y_k Φ(x_k, x_n) x_k for every n; C1 says r_n is parallel to it.</summary>
    public static Matrix<double> ClassFeatures(Matrix<double> inputs, int[] labels, double slope)
    {
        int n = inputs.Rows;
        var phi = ArcCosineKernel.PhiMatrix(inputs, inputs, slope);
        // Row target of the result is Σ_k (y_k Φ[k, target] / N) x_k: one product Mᵀ X.
        for (int k = 0; k < n; k++)
        {
            var row = phi.Row(k);
            for (int target = 0; target < n; target++) row[target] = labels[k] * row[target] / n;
        }
        return MatrixProducts<double>.TransposeMultiply(phi, inputs);
    }

    public ReadOnlySpan<double> ClassFeature(int n) => _classFeatures.Row(n);

    /// <summary>C1 direction: normalize(Σ_k y_k Φ(x_k, x_n) x_k).</summary>
    public double[] Direction(int n)
    {
        var v = _classFeatures.RowArray(n);
        double norm = TensorPrimitives.Norm<double>(v);
        if (norm > 0) TensorPrimitives.Divide(v, norm, v);
        return v;
    }

    /// <summary>|cos(r, v_n)|, the per-sample term of cossim (THEORY §2).</summary>
    public double AbsoluteCosine(int n, ReadOnlySpan<double> perturbation) =>
        Math.Abs(Cosine(perturbation, _classFeatures.Row(n)));

    public static double Cosine(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double na = TensorPrimitives.Norm(a), nb = TensorPrimitives.Norm(b);
        return na == 0 || nb == 0 ? 0 : TensorPrimitives.Dot(a, b) / (na * nb);
    }

    /// <summary>f̂(z) = (1/N) Σ_n y_n Φ(x_n, z) ⟨x_n, z⟩.</summary>
    public double FHat(ReadOnlySpan<double> z)
    {
        double sum = 0;
        for (int n = 0; n < _inputs.Rows; n++)
            sum += _labels[n] * ArcCosineKernel.Phi(_inputs.Row(n), z, _slope) * TensorPrimitives.Dot(_inputs.Row(n), z);
        return sum / _inputs.Rows;
    }

    /// <summary>ĝ(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩ (reference form, scenario a).</summary>
    public double GHat(Matrix<double> perturbations, ReadOnlySpan<double> z) => GHatCore(perturbations, z, normalised: false);

    /// <summary>ĝ_n(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩ / ||v_n||, the limit of g_t(z)/(t_g ε).</summary>
    public double GHatNormalised(Matrix<double> perturbations, ReadOnlySpan<double> z) => GHatCore(perturbations, z, normalised: true);

    private double GHatCore(Matrix<double> perturbations, ReadOnlySpan<double> z, bool normalised)
    {
        if (perturbations.Rows != _inputs.Rows) throw new ArgumentException($"{perturbations.Rows} perturbations for {_inputs.Rows} samples.");
        double sum = 0;
        for (int n = 0; n < perturbations.Rows; n++)
        {
            var v = _classFeatures.Row(n);
            double projection = TensorPrimitives.Dot(v, z);
            if (normalised)
            {
                double norm = TensorPrimitives.Norm(v);
                projection = norm == 0 ? 0 : projection / norm;
            }
            sum += ArcCosineKernel.Phi(perturbations.Row(n), z, _slope) * projection;
        }
        return sum / perturbations.Rows;
    }
}
