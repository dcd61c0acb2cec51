namespace TheoremCheck.Properties.Components;

/// <summary>
/// Acceptance bounds for K independent standard normal draws Z_k at failure probability δ = 10⁻⁹ per check
/// (x = ln(2/δ) ≈ 21.4): the mean, N(0, 1/K), has |mean| &lt; sqrt(2x/K) (Gaussian tail 2e^{-Kt²/2});
/// Q = Σ Z_k² is χ²_K and Laurent and Massart (2000, Lemma 1) give Q - K &lt; 2 sqrt(Kx) + 2x and
/// K - Q &lt; 2 sqrt(Kx), each except with probability e^{-x} = δ/2.
/// </summary>
public static class GaussianBounds
{
    private static readonly double X = Math.Log(2 / Hoeffding.FailureProbability);

    public static bool MeanIsZero(IReadOnlyCollection<double> z) => Math.Abs(z.Sum() / z.Count) < Math.Sqrt(2 * X / z.Count);

    public static bool SquaresAreChiSquare(IReadOnlyCollection<double> z)
    {
        double q = z.Sum(v => v * v);
        int k = z.Count;
        return q - k < 2 * Math.Sqrt(k * X) + 2 * X && k - q < 2 * Math.Sqrt(k * X);
    }

    public static bool StandardNormal(IReadOnlyCollection<double> z) => MeanIsZero(z) && SquaresAreChiSquare(z);

    /// <summary>Mean of values in [lo, hi] within Hoeffding's bound of the expectation.</summary>
    public static bool BoundedMean(IReadOnlyCollection<double> values, double expectation, double lo, double hi) =>
        Math.Abs(values.Sum() / values.Count - expectation) < (hi - lo) * Math.Sqrt(X / (2 * values.Count));
}
