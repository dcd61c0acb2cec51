using System.Numerics.Tensors;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// The infinite-width objects of THEORY §4: the C1 direction, f̂, ĝ (reference form) and ĝ_n
/// (normalised form), all in double since Φ needs arcsin. f̂, ĝ and ĝ_n are computed in
/// <see cref="Evaluate"/> only; the C2 conditions (<see cref="PredictionMatching"/>) take them from there.
/// </summary>
public sealed class LimitFunctions
{
    private readonly Matrix<double> _inputs;
    private readonly int[] _labels;
    private readonly double _slope;
    private readonly Matrix<double> _classFeatures; // row n: v_n = (1/N) Σ_k y_k Φ(x_k, x_n) x_k
    private readonly double[] _featureNorms, _inputSquaredNorms;

    public LimitFunctions(Matrix<double> inputs, int[] labels, double slope)
    {
        if (labels.Length != inputs.Rows) throw new ArgumentException($"{labels.Length} labels for {inputs.Rows} samples.");
        _inputs = inputs; _labels = labels; _slope = slope;
        _classFeatures = ClassFeatures(inputs, labels, slope);
        _featureNorms = new double[inputs.Rows];
        for (int n = 0; n < inputs.Rows; n++) _featureNorms[n] = TensorPrimitives.Norm<double>(_classFeatures.Row(n));
        _inputSquaredNorms = ArcCosineKernel.SquaredNorms(inputs);
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
    public double FHat(ReadOnlySpan<double> z) => Evaluate(Point(z)).FHat[0];

    /// <summary>ĝ(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩ (reference form, scenario a).</summary>
    public double GHat(Matrix<double> perturbations, ReadOnlySpan<double> z) => Evaluate(Point(z), perturbations).GHat![0];

    /// <summary>ĝ_n(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩ / ||v_n||, the limit of g_t(z)/(t_g ε).</summary>
    public double GHatNormalised(Matrix<double> perturbations, ReadOnlySpan<double> z) => Evaluate(Point(z), perturbations).GHatNormalised![0];

    /// <summary>
    /// f̂ at every row z_p of <paramref name="points"/>, and ĝ and ĝ_n when <paramref name="perturbations"/> are given:
    /// the one place these sums are written. The cross products ⟨x_n, z_p⟩, ⟨r_n, z_p⟩, ⟨v_n, z_p⟩ are three matrix
    /// products, and Φ is computed from them (<see cref="ArcCosineKernel.PhiOfProducts"/>); each sum runs over n in order.
    /// A <paramref name="reuse"/> of the same shape (from an earlier call) is overwritten and returned instead of
    /// allocating: callers that evaluate block after block keep their large arrays out of the garbage collector's way.
    /// </summary>
    public LimitValues Evaluate(Matrix<double> points, Matrix<double>? perturbations = null, LimitValues? reuse = null)
    {
        if (points.Cols != _inputs.Cols) throw new ArgumentException($"Points of dimension {points.Cols} for inputs of dimension {_inputs.Cols}.");
        if (perturbations is not null && (perturbations.Rows != _inputs.Rows || perturbations.Cols != _inputs.Cols))
            throw new ArgumentException($"{perturbations.Rows} perturbations of dimension {perturbations.Cols} for {_inputs.Rows} samples of dimension {_inputs.Cols}.");
        int n = _inputs.Rows, count = points.Rows, dim = _inputs.Cols;
        bool fits = reuse is not null && reuse.FHat.Length == count && reuse.InputKernel.Rows == n && (reuse.GHat is null) == (perturbations is null);
        Matrix<double> Buffer(Matrix<double>? old) => fits ? old! : new Matrix<double>(n, count);
        double[] Zeros(double[]? old) { if (!fits) return new double[count]; Array.Clear(old!); return old!; }
        var pointNorms = ArcCosineKernel.SquaredNorms(points);

        var projections = Buffer(reuse?.InputProjections);
        MatrixProducts<double>.MultiplyTransposed(_inputs, points, null, projections);
        var kernel = Buffer(reuse?.InputKernel);
        ArcCosineKernel.PhiOfProducts(projections, _inputSquaredNorms, pointNorms, dim, _slope, kernel);
        var fHat = Zeros(reuse?.FHat);
        for (int k = 0; k < n; k++)
        {
            var phi = kernel.Row(k);
            var projection = projections.Row(k);
            for (int p = 0; p < count; p++) fHat[p] += _labels[k] * phi[p] * projection[p];
        }
        for (int p = 0; p < count; p++) fHat[p] /= n;
        if (perturbations is null) return new LimitValues(fHat, kernel, projections, null, null, null, null);

        var perturbationKernel = Buffer(reuse?.PerturbationKernel);
        MatrixProducts<double>.MultiplyTransposed(perturbations, points, null, perturbationKernel);
        ArcCosineKernel.PhiOfProducts(perturbationKernel, ArcCosineKernel.SquaredNorms(perturbations), pointNorms, dim, _slope, perturbationKernel);
        var directions = Buffer(reuse?.DirectionProjections);
        MatrixProducts<double>.MultiplyTransposed(_classFeatures, points, null, directions);
        double[] gHat = Zeros(reuse?.GHat), gHatNormalised = Zeros(reuse?.GHatNormalised);
        for (int k = 0; k < n; k++)
        {
            var phi = perturbationKernel.Row(k);
            var projection = directions.Row(k);
            double norm = _featureNorms[k];
            for (int p = 0; p < count; p++)
            {
                gHat[p] += phi[p] * projection[p];
                projection[p] = norm == 0 ? 0 : projection[p] / norm;
                gHatNormalised[p] += phi[p] * projection[p];
            }
        }
        for (int p = 0; p < count; p++) { gHat[p] /= n; gHatNormalised[p] /= n; }
        return new LimitValues(fHat, kernel, projections, gHat, gHatNormalised, perturbationKernel, directions);
    }

    private static Matrix<double> Point(ReadOnlySpan<double> z) => new(1, z.Length, z.ToArray());
}
