namespace TheoremCheck.Properties.Components;

/// <summary>
/// Acceptance bounds of the statistical properties. Hoeffding's inequality for n independent trials in [0, 1]:
/// P(|mean - expectation| ≥ t) ≤ 2 exp(-2 n t²), so |count - n p| &lt; sqrt(n ln(2/δ) / 2) except with
/// probability δ. With δ = 10⁻⁹ per comparison, and fewer than 10⁴ comparisons in a full run, a correct
/// implementation fails at a given seed with probability below 10⁻⁵; no normal approximation is involved.
/// </summary>
public static class Hoeffding
{
    public const double FailureProbability = 1e-9;

    /// <summary>The largest deviation of a count of n trials from its expectation accepted at δ = 10⁻⁹.</summary>
    public static double CountDeviation(int trials) => Math.Sqrt(trials * Math.Log(2 / FailureProbability) / 2);

    /// <summary>Whether a count of successes out of n trials is consistent with success probability p.</summary>
    public static bool Consistent(int successes, int trials, double p) => Math.Abs(successes - trials * p) < CountDeviation(trials);
}
