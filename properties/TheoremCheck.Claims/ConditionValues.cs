namespace TheoremCheck.Claims;

/// <summary>
/// The C2 quantities at one point z as <see cref="ConditionReference"/> computes them, each with a bound on its
/// rounding error: f̂, ĝ_n and the thresholds of conditions (a) and (b) (THEORY §5).
/// </summary>
public sealed record ConditionValues(
    double FHat, double FHatError, double GHat, double GHatError,
    double ThresholdF, double ThresholdFError, double ThresholdG, double ThresholdGError)
{
    /// <summary>(a) |f̂| &gt; threshold: true or false beyond rounding, null when rounding cannot tell.</summary>
    public bool? MarginF => Decide(Math.Abs(FHat) - ThresholdF, FHatError + ThresholdFError);

    /// <summary>(b) |ĝ_n| &gt; threshold, as <see cref="MarginF"/>.</summary>
    public bool? MarginG => Decide(Math.Abs(GHat) - ThresholdG, GHatError + ThresholdGError);

    /// <summary>(c) sgn f̂ = sgn ĝ_n, decided when both are farther from 0 than their rounding.</summary>
    public bool? Agreement => Math.Abs(FHat) > FHatError && Math.Abs(GHat) > GHatError ? Math.Sign(FHat) == Math.Sign(GHat) : null;

    /// <summary>(a) ∧ (b) ∧ (c) hold beyond rounding.</summary>
    public bool Met => MarginF == true && MarginG == true && Agreement == true;

    private static bool? Decide(double margin, double error) => margin > error ? true : margin < -error ? false : null;
}
