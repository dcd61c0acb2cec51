using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;

namespace TheoremCheck.Claims;

/// <summary>
/// The objects of THEORY §4 written again, independently of the library, for the limit claims (the double-precision
/// counterpart of <see cref="ExactReference"/>): plain loops over arrays, no library helper, and Φ from another
/// formulation, γ + (1-γ)² p with the orthant probability p = P(U ≥ 0, V ≥ 0) = 1/2 - arccos(ρ)/(2π) (the angle
/// between the two half-planes), where the library writes (1+γ)²/4 + (1-γ)² arcsin(ρ)/(2π).
/// <see cref="PhiByQuadrature"/> computes E[φ'(U) φ'(V)] a third way, by numerical integration over the 2-D Gaussian.
/// Every value comes with a bound on its own rounding error (<see cref="RoundingBounds"/>), the same bound holds for any
/// correct evaluation of the formula, so the library is compared within the sum of the two.
/// </summary>
public sealed class LimitReference
{
    private readonly double[][] _inputs;
    private readonly int[] _labels;
    private readonly double _slope;
    private readonly int _dimension;
    private readonly double[][] _features, _featureErrors;
    private readonly double[] _featureNorms, _featureNormErrors;

    /// <summary>Training inputs x_n (rows), labels y_n and slope γ.</summary>
    public LimitReference(double[][] inputs, int[] labels, double slope)
    {
        if (inputs.Length == 0 || inputs.Length != labels.Length) throw new ArgumentException($"{inputs.Length} inputs for {labels.Length} labels.");
        _inputs = inputs; _labels = labels; _slope = slope; _dimension = inputs[0].Length;
        int count = inputs.Length;
        _features = new double[count][];
        _featureErrors = new double[count][];
        _featureNorms = new double[count];
        _featureNormErrors = new double[count];
        for (int n = 0; n < count; n++)
        {
            (_features[n], _featureErrors[n]) = ClassFeatureWithError(n);
            _featureNorms[n] = Norm(_features[n]);
            // ||v + Δv|| is within ||Δv|| of ||v||; the norm's own rounding adds a relative γ_{d+1}.
            _featureNormErrors[n] = Norm(_featureErrors[n]) + RoundingBounds.Gamma(_dimension + 1) * _featureNorms[n];
        }
    }

    public int Count => _inputs.Length;

    /// <summary>v_n = (1/N) Σ_k y_k Φ(x_k, x_n) x_k.</summary>
    public double[] ClassFeature(int n) => _features[n];

    /// <summary>A bound on the rounding error of each coordinate of v_n.</summary>
    public double[] ClassFeatureError(int n) => _featureErrors[n];

    public double ClassFeatureNorm(int n) => _featureNorms[n];

    public double ClassFeatureNormError(int n) => _featureNormErrors[n];

    /// <summary>Φ(x_k, x_n) with its rounding bound; the Gram entries are what v_n is built from.</summary>
    public (double Value, double Error) GramPhi(int k, int n) => PhiWithError(_inputs[k], _inputs[n], _slope);

    private (double[] Value, double[] Error) ClassFeatureWithError(int n)
    {
        int count = _inputs.Length;
        var v = new double[_dimension];
        var error = new double[_dimension];
        double sumError = RoundingBounds.Gamma(count + 3);
        for (int k = 0; k < count; k++)
        {
            var (phi, phiError) = PhiWithError(_inputs[k], _inputs[n], _slope);
            for (int j = 0; j < _dimension; j++)
            {
                v[j] += _labels[k] * phi * _inputs[k][j] / count;
                // The term's own error (from Φ) plus its share of the summation error γ_{N+3} Σ|terms|.
                error[j] += (phiError + sumError * phi) * Math.Abs(_inputs[k][j]) / count;
            }
        }
        return (v, error);
    }

    /// <summary>f̂(z) = (1/N) Σ_n y_n Φ(x_n, z) ⟨x_n, z⟩ and a bound on its rounding error.</summary>
    public (double Value, double Error) FHat(double[] z)
    {
        int count = _inputs.Length;
        double sum = 0, error = 0, magnitude = 0;
        for (int n = 0; n < count; n++)
        {
            var (phi, phiError) = PhiWithError(_inputs[n], z, _slope);
            double projection = Dot(_inputs[n], z);
            double projectionError = RoundingBounds.Gamma(_dimension) * AbsDot(_inputs[n], z);
            sum += _labels[n] * phi * projection;
            magnitude += phi * Math.Abs(projection);
            error += phiError * Math.Abs(projection) + phi * projectionError;
        }
        return (sum / count, (error + RoundingBounds.Gamma(count + 3) * magnitude) / count);
    }

    /// <summary>
    /// ĝ(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩ (reference form) or, normalised, ĝ_n(z) = (1/N) Σ_n Φ(r_n, z) ⟨v_n, z⟩/||v_n||,
    /// with a bound on the rounding error (infinite when some ||v_n|| is not known to be nonzero).
    /// </summary>
    public (double Value, double Error) GHat(double[][] perturbations, double[] z, bool normalised)
    {
        int count = _inputs.Length;
        double sum = 0, error = 0, magnitude = 0;
        for (int n = 0; n < count; n++)
        {
            var (phi, phiError) = PhiWithError(perturbations[n], z, _slope);
            var v = _features[n];
            double projection = Dot(v, z);
            double projectionError = AbsDot(_featureErrors[n], z) + RoundingBounds.Gamma(_dimension) * AbsDot(v, z);
            if (normalised)
            {
                double norm = _featureNorms[n], normError = _featureNormErrors[n];
                if (norm <= normError) return (double.NaN, double.PositiveInfinity);
                double quotient = projection / norm;
                projectionError = (projectionError + Math.Abs(quotient) * normError) / (norm - normError) + RoundingBounds.UnitRoundoff * Math.Abs(quotient);
                projection = quotient;
            }
            sum += phi * projection;
            magnitude += phi * Math.Abs(projection);
            error += phiError * Math.Abs(projection) + phi * projectionError;
        }
        return (sum / count, (error + RoundingBounds.Gamma(count + 3) * magnitude) / count);
    }

    /// <summary>|cos(r, v_n)| with a bound on its rounding error (infinite when r or v_n may be zero).</summary>
    public (double Value, double Error) AbsoluteCosine(int n, double[] perturbation)
    {
        var v = _features[n];
        double rNorm = Norm(perturbation), vNorm = _featureNorms[n];
        if (rNorm == 0 || vNorm <= _featureNormErrors[n]) return (0, double.PositiveInfinity);
        double product = Dot(perturbation, v);
        double productError = AbsDot(perturbation, _featureErrors[n]) + RoundingBounds.Gamma(_dimension) * AbsDot(perturbation, v);
        double denominator = rNorm * vNorm;
        double denominatorError = rNorm * _featureNormErrors[n] + RoundingBounds.Gamma(_dimension + 3) * denominator;
        double cosine = product / denominator;
        double error = (productError + Math.Abs(cosine) * denominatorError) / (denominator - denominatorError) + RoundingBounds.UnitRoundoff;
        return (Math.Abs(cosine), error);
    }

    /// <summary>cossim = mean_n |cos(r_n, v_n)| (THEORY §2) with its rounding bound.</summary>
    public (double Value, double Error) CosineSimilarity(double[][] perturbations)
    {
        double sum = 0, error = 0;
        for (int n = 0; n < _inputs.Length; n++)
        {
            var (cosine, cosineError) = AbsoluteCosine(n, perturbations[n]);
            sum += cosine;
            error += cosineError;
        }
        int count = _inputs.Length;
        return (sum / count, (error + RoundingBounds.Gamma(count + 1) * sum) / count);
    }

    /// <summary>ρ(x, z) = (⟨x,z⟩/d + 1) / √((||x||²/d + 1)(||z||²/d + 1)), clamped to [-1, 1].</summary>
    public static double Correlation(double[] x, double[] z)
    {
        if (x.Length != z.Length) throw new ArgumentException($"Vector lengths differ: {x.Length} and {z.Length}.");
        double d = x.Length;
        double rho = (Dot(x, z) / d + 1) / Math.Sqrt((Dot(x, x) / d + 1) * (Dot(z, z) / d + 1));
        return Math.Clamp(rho, -1, 1);
    }

    /// <summary>P(U ≥ 0, V ≥ 0) for a centred Gaussian pair of correlation ρ: the wedge between the two half-planes
    /// has angle π - arccos ρ out of 2π.</summary>
    public static double OrthantProbability(double rho) => 0.5 - Math.Acos(rho) / (2 * Math.PI);

    /// <summary>
    /// Φ = E[φ'(U) φ'(V)] with φ' = 1 on [0, ∞) and γ below: P(++) = P(--) = p and P(+-) = P(-+) = 1/2 - p, so
    /// Φ = (1 + γ²) p + 2γ (1/2 - p) = γ + (1-γ)² p.
    /// </summary>
    public static double Phi(double[] x, double[] z, double slope) =>
        slope + (1 - slope) * (1 - slope) * OrthantProbability(Correlation(x, z));

    public static (double Value, double Error) PhiWithError(double[] x, double[] z, double slope)
    {
        double rho = Correlation(x, z);
        return (slope + (1 - slope) * (1 - slope) * OrthantProbability(rho), RoundingBounds.Phi(rho, x.Length, slope));
    }

    /// <summary>Relative accuracy asked of the adaptive Gauss-Kronrod rule in <see cref="PhiByQuadrature"/>.</summary>
    public const double QuadratureTarget = 1e-13;

    /// <summary>
    /// Φ(x, z) = E[φ'(⟨w,x⟩+b) φ'(⟨w,z⟩+b)] by numerical integration over the 2-D Gaussian of the two preactivations
    /// (variances ||x||²/d + 1 and ||z||²/d + 1, covariance ⟨x,z⟩/d + 1). Writing U = √A S and
    /// V = √B (ρ S + √(1-ρ²) T) with S, T independent standard normals, the inner integral over T is a normal
    /// probability, E[φ'(V) | S = s] = P(V ≥ 0 | s) + γ P(V &lt; 0 | s) with P(V ≥ 0 | s) = Ψ(ρ s / √(1-ρ²)) (Ψ the
    /// normal distribution function), and the outer one over s is done by MathNet's adaptive Gauss-Kronrod rule: on
    /// each side of 0, where φ'(U) jumps, and in the stretched variable k s near 0 when k = ρ/√(1-ρ²) is large so that
    /// the steep part is resolved. The tails beyond |s| = 12 weigh less than 10⁻³².
    /// </summary>
    public static double PhiByQuadrature(double[] x, double[] z, double slope)
    {
        double rho = Correlation(x, z);
        double k = Math.Abs(rho) >= 1 ? double.PositiveInfinity : rho / Math.Sqrt(1 - rho * rho);
        double ConditionalDerivative(double s)
        {
            double positive = double.IsInfinity(k) ? (rho * s >= 0 ? 1 : 0) : Normal.CDF(0, 1, k * s);
            return positive + slope * (1 - positive);
        }
        double Integrand(double s) => Normal.PDF(0, 1, s) * (s >= 0 ? 1 : slope) * ConditionalDerivative(s);
        return Integrate(Integrand, 0, 12, Math.Abs(k)) + Integrate(s => Integrand(-s), 0, 12, Math.Abs(k));
    }

    /// <summary>∫ f over [from, to] with the part of width 40/steepness next to <paramref name="from"/> done in the stretched variable.</summary>
    private static double Integrate(Func<double, double> f, double from, double to, double steepness)
    {
        double Rule(Func<double, double> g, double a, double b) =>
            GaussKronrodRule.Integrate(g, a, b, out _, out _, QuadratureTarget, 15, 61);
        if (!(steepness > 1) || double.IsInfinity(steepness)) return Rule(f, from, to);
        double layer = Math.Min(to - from, 40 / steepness);
        double inner = Rule(w => f(from + w / steepness) / steepness, 0, layer * steepness);
        return inner + (layer < to - from ? Rule(f, from + layer, to) : 0);
    }

    public static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++) sum += a[j] * b[j];
        return sum;
    }

    public static double AbsDot(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++) sum += Math.Abs(a[j] * b[j]);
        return sum;
    }

    public static double Norm(double[] a) => Math.Sqrt(Dot(a, a));
}
