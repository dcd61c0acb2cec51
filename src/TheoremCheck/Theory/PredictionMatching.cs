using System.Numerics.Tensors;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// Claim C2 (THEORY §5) for scenario a with identity loss: explicit one-sided error bounds built from
/// E3/E4. For f: f_t/t_f = f̂ + (F_K - f̂) + B_f + f_0/t_f, so (a) asks
///   |f̂(z)| > c_0 σ(z)/t_f + c_w √(3/m) ((1/N) Σ|⟨x_n,z⟩| + 1) + |(1/N) Σ y_n Φ(x_n,z)|.
/// For g: g_t/(t_g ε) = ĝ_n + g_0/(t_g ε) + width error + direction error + B_g/ε, so (b) asks
///   |ĝ_n(z)| > c_0 σ(z)/(t_g ε) + c_w √(3/m) ((1/N) Σ|⟨û_n,z⟩| + |ȳ^adv|/ε)
///              + c_d (1/N) Σ Φ(r_n,z) |⟨û_n - v̂_n, z⟩| + |(1/(Nε)) Σ y^adv_n Φ(r_n,z)|,
/// with û_n = u_n/||u_n|| the measured gradient direction, v̂_n the C1 direction, ȳ^adv the mean target.
/// The bias width error uses that the r_n are small, so K_g(r_n, z) hardly depends on n.
/// σ(z)² = ((1+γ²)/2)(||z||²/d + 1) is the variance of an initial output at z. With symmetric
/// (paired) initialisation K sums m/2 independent pairs of equal terms, so its deviation is √(6/m).
/// These are the no-flip (lazy) error terms: activation flips are not bounded here.
/// </summary>
public sealed class PredictionMatching
{
    private readonly Matrix<double> _inputs, _perturbations, _gradientDirections, _classDirections;
    private readonly int[] _labels;
    private readonly double _slope, _widthError, _timeF, _timeG, _epsilon, _meanTarget;
    private readonly double[] _targetsAsDouble;
    private readonly ConditionConstants _constants;

    public PredictionMatching(
        Matrix<double> inputs, int[] labels, Matrix<double> perturbations, Matrix<double> gradients, int[] targets,
        double slope, int width, double timeF, double timeG, double epsilon, ConditionConstants constants, bool pairedNeurons = false)
    {
        if (timeF <= 0 || timeG <= 0) throw new ArgumentOutOfRangeException(nameof(timeF), "Training times must be positive.");
        if (epsilon <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), "ε must be positive for condition (b).");
        _inputs = inputs; _labels = labels; _perturbations = perturbations;
        _slope = slope; _timeF = timeF; _timeG = timeG; _epsilon = epsilon; _constants = constants;
        _widthError = Math.Sqrt((pairedNeurons ? 6.0 : 3.0) / width);
        _gradientDirections = Normalised(gradients);
        _classDirections = Normalised(LimitFunctions.ClassFeatures(inputs, labels, slope));
        _targetsAsDouble = Array.ConvertAll(targets, t => (double)t);
        _meanTarget = _targetsAsDouble.Average();
    }

    /// <summary>σ(z): standard deviation of an initial output f_0(z) given the data point (THEORY §5).</summary>
    public static double InitialOutputDeviation(ReadOnlySpan<double> z, double slope) =>
        Math.Sqrt((1 + slope * slope) / 2 * (TensorPrimitives.Dot(z, z) / z.Length + 1));

    public ConditionReport Evaluate(ReadOnlySpan<double> z)
    {
        int n = _inputs.Rows;
        double sigma = InitialOutputDeviation(z, _slope);

        double fHat = 0, absProjections = 0, biasF = 0;
        for (int k = 0; k < n; k++)
        {
            double phi = ArcCosineKernel.Phi(_inputs.Row(k), z, _slope);
            double projection = TensorPrimitives.Dot(_inputs.Row(k), z);
            fHat += _labels[k] * phi * projection;
            absProjections += Math.Abs(projection);
            biasF += _labels[k] * phi;
        }
        fHat /= n; absProjections /= n; biasF /= n;
        double thresholdF = _constants.InitialOutput * sigma / _timeF
                          + _constants.KernelWidth * _widthError * (absProjections + 1)
                          + Math.Abs(biasF);

        double gHat = 0, gradientProjections = 0, directionGap = 0, biasG = 0;
        for (int k = 0; k < n; k++)
        {
            double phi = ArcCosineKernel.Phi(_perturbations.Row(k), z, _slope);
            double classProjection = TensorPrimitives.Dot(_classDirections.Row(k), z);
            double gradientProjection = TensorPrimitives.Dot(_gradientDirections.Row(k), z);
            gHat += phi * classProjection;
            gradientProjections += Math.Abs(gradientProjection);
            directionGap += phi * Math.Abs(gradientProjection - classProjection);
            biasG += _targetsAsDouble[k] * phi;
        }
        gHat /= n; gradientProjections /= n; directionGap /= n; biasG /= n * _epsilon;
        double thresholdG = _constants.InitialOutput * sigma / (_timeG * _epsilon)
                          + _constants.KernelWidth * _widthError * (gradientProjections + Math.Abs(_meanTarget) / _epsilon)
                          + _constants.Direction * directionGap
                          + Math.Abs(biasG);

        return new ConditionReport(fHat, gHat, thresholdF, thresholdG);
    }

    private static Matrix<double> Normalised(Matrix<double> rows)
    {
        var result = rows.Clone();
        for (int r = 0; r < result.Rows; r++)
        {
            var row = result.Row(r);
            double norm = TensorPrimitives.Norm<double>(row);
            if (norm > 0) TensorPrimitives.Divide(row, norm, row);
        }
        return result;
    }
}
