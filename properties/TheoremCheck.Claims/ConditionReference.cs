using TheoremCheck.Theory;

namespace TheoremCheck.Claims;

/// <summary>
/// The conditions of C2 (THEORY §5, scenario a, identity loss) computed again from their formulas, independently of
/// the library's <see cref="PredictionMatching"/>: with σ(z)² = ((1+γ²)/2)(||z||²/d + 1),
/// (a) |f̂(z)| &gt; c_0 σ(z)/t_f + c_w √(3/m) ((1/N) Σ|⟨x_n,z⟩| + 1) + |(1/N) Σ y_n Φ(x_n,z)|,
/// (b) |ĝ_n(z)| &gt; c_0 σ(z)/(t_g ε) + c_w √(3/m) ((1/N) Σ|⟨û_n,z⟩| + |ȳ^adv|/ε) + c_d (1/N) Σ Φ(r_n,z) |⟨û_n - v̂_n, z⟩|
///                  + |(1/(Nε)) Σ y^adv_n Φ(r_n,z)|,
/// (c) sgn f̂(z) = sgn ĝ_n(z), with û_n the direction of the input gradient u_n (computed here from the trained weights)
/// and v̂_n that of the class feature v_n. Every quantity carries a bound on its rounding error.
/// </summary>
public sealed class ConditionReference
{
    private readonly LimitReference _limit;
    private readonly double[][] _inputs, _perturbations, _gradientDirections;
    private readonly double[] _gradientDirectionErrors;
    private readonly int[] _labels, _targets;
    private readonly double _slope, _widthError, _timeF, _timeG, _epsilon, _meanTarget;
    private readonly ConditionConstants _constants;

    /// <param name="gradients">u_n, with <paramref name="gradientErrors"/> bounding the norm of their rounding error
    /// (the library's gradients carry the same bound, so directions are compared within both).</param>
    public ConditionReference(LimitReference limit, double[][] inputs, int[] labels, double[][] perturbations,
        double[][] gradients, double[] gradientErrors, int[] targets, double slope, int width, double timeF, double timeG,
        double epsilon, ConditionConstants constants)
    {
        _limit = limit; _inputs = inputs; _labels = labels; _perturbations = perturbations; _targets = targets;
        _slope = slope; _timeF = timeF; _timeG = timeG; _epsilon = epsilon; _constants = constants;
        _widthError = Math.Sqrt(3.0 / width);
        _meanTarget = targets.Average();
        _gradientDirections = new double[gradients.Length][];
        _gradientDirectionErrors = new double[gradients.Length];
        for (int n = 0; n < gradients.Length; n++)
        {
            double norm = LimitReference.Norm(gradients[n]);
            _gradientDirections[n] = norm == 0 ? new double[gradients[n].Length] : gradients[n].Select(g => g / norm).ToArray();
            // Normalising u + Δu moves the direction by at most 2||Δu||/||u||; both computations carry Δu.
            _gradientDirectionErrors[n] = norm == 0 ? double.PositiveInfinity
                : 4 * gradientErrors[n] / norm + RoundingBounds.Gamma(gradients[n].Length + 4);
        }
    }

    public ConditionValues Evaluate(double[] z)
    {
        int count = _inputs.Length, d = z.Length;
        double zNorm = LimitReference.Norm(z);
        double sigma = Math.Sqrt((1 + _slope * _slope) / 2 * (LimitReference.Dot(z, z) / d + 1));
        double sigmaError = RoundingBounds.Gamma(d + 8) * sigma;
        double sumError = RoundingBounds.Gamma(count + 4);

        var (fHat, fHatError) = _limit.FHat(z);
        double absProjections = 0, absProjectionsError = 0, biasF = 0, biasFError = 0, biasFMagnitude = 0;
        for (int n = 0; n < count; n++)
        {
            var (phi, phiError) = LimitReference.PhiWithError(_inputs[n], z, _slope);
            double projection = LimitReference.Dot(_inputs[n], z);
            absProjections += Math.Abs(projection);
            absProjectionsError += RoundingBounds.Gamma(d) * LimitReference.AbsDot(_inputs[n], z);
            biasF += _labels[n] * phi;
            biasFMagnitude += phi;
            biasFError += phiError;
        }
        absProjectionsError = (absProjectionsError + sumError * absProjections) / count;
        absProjections /= count;
        biasFError = (biasFError + sumError * biasFMagnitude) / count;
        biasF /= count;
        double widthTermF = _constants.KernelWidth * _widthError * (absProjections + 1);
        double thresholdF = _constants.InitialOutput * sigma / _timeF + widthTermF + Math.Abs(biasF);
        double thresholdFError = _constants.InitialOutput * sigmaError / _timeF + _constants.KernelWidth * _widthError * absProjectionsError
                               + biasFError + RoundingBounds.Gamma(8) * thresholdF;

        var (gHat, gHatError) = _limit.GHat(_perturbations, z, normalised: true);
        double gradientProjections = 0, gradientProjectionsError = 0, gap = 0, gapError = 0, biasG = 0, biasGError = 0, biasGMagnitude = 0;
        for (int n = 0; n < count; n++)
        {
            var (phi, phiError) = LimitReference.PhiWithError(_perturbations[n], z, _slope);
            var u = _gradientDirections[n];
            double uError = _gradientDirectionErrors[n];
            var v = _limit.ClassFeature(n);
            double vNorm = _limit.ClassFeatureNorm(n);
            double vError = vNorm <= _limit.ClassFeatureNormError(n) ? double.PositiveInfinity
                : 2 * LimitReference.Norm(_limit.ClassFeatureError(n)) / vNorm + RoundingBounds.Gamma(d + 4);
            double uz = LimitReference.Dot(u, z), vz = LimitReference.Dot(v, z) / vNorm;
            gradientProjections += Math.Abs(uz);
            gradientProjectionsError += uError * zNorm + RoundingBounds.Gamma(d) * LimitReference.AbsDot(u, z);
            double difference = Math.Abs(uz - vz);
            gap += phi * difference;
            double differenceError = (uError + vError) * zNorm + RoundingBounds.Gamma(d + 2) * (LimitReference.AbsDot(u, z) + LimitReference.AbsDot(v, z) / vNorm);
            gapError += phiError * difference + phi * differenceError;
            biasG += _targets[n] * phi;
            biasGMagnitude += phi;
            biasGError += phiError;
        }
        gradientProjectionsError = (gradientProjectionsError + sumError * gradientProjections) / count;
        gradientProjections /= count;
        gapError = (gapError + sumError * gap) / count;
        gap /= count;
        biasGError = (biasGError + sumError * biasGMagnitude) / (count * _epsilon);
        biasG /= count * _epsilon;
        double thresholdG = _constants.InitialOutput * sigma / (_timeG * _epsilon)
                          + _constants.KernelWidth * _widthError * (gradientProjections + Math.Abs(_meanTarget) / _epsilon)
                          + _constants.Direction * gap + Math.Abs(biasG);
        double thresholdGError = _constants.InitialOutput * sigmaError / (_timeG * _epsilon)
                               + _constants.KernelWidth * _widthError * gradientProjectionsError + _constants.Direction * gapError
                               + biasGError + RoundingBounds.Gamma(count + 10) * thresholdG;
        return new ConditionValues(fHat, fHatError, gHat, gHatError, thresholdF, thresholdFError, thresholdG, thresholdGError);
    }
}
