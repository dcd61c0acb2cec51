namespace TheoremCheck.Theory;

/// <summary>
/// How conservative the margin conditions are on a run: at each point, the realised error of each approximation
/// against the bound that (a) or (b) allows for it, |f_t(z)/t_f - f̂(z)| / threshold_f and
/// |g_t(z)/(t_g ε) - ĝ_n(z)| / threshold_g. A ratio of 0.01 means the bound is a hundred times the error;
/// a ratio above 1 means the bound did not hold there (the bounds are derived for the lazy regime).
/// </summary>
public sealed record ApproximationLooseness(int Points, double MedianF, double WorstF, int ExceededF, double MedianG, double WorstG, int ExceededG)
{
    /// <param name="f">f_t at the points.</param>
    /// <param name="g">g_t at the points.</param>
    /// <param name="reports">The conditions at the same points.</param>
    public static ApproximationLooseness Measure(IReadOnlyList<double> f, IReadOnlyList<double> g, IReadOnlyList<ConditionReport> reports,
        double timeF, double timeG, double epsilon)
    {
        if (f.Count != reports.Count || g.Count != reports.Count)
            throw new ArgumentException($"{f.Count} outputs of f and {g.Count} of g for {reports.Count} points.");
        var ratiosF = new double[reports.Count];
        var ratiosG = new double[reports.Count];
        for (int k = 0; k < reports.Count; k++)
        {
            ratiosF[k] = Ratio(Math.Abs(f[k] / timeF - reports[k].FHat), reports[k].ThresholdF);
            ratiosG[k] = Ratio(Math.Abs(g[k] / (timeG * epsilon) - reports[k].GHat), reports[k].ThresholdG);
        }
        return new ApproximationLooseness(reports.Count,
            Median(ratiosF), ratiosF.DefaultIfEmpty(double.NaN).Max(), ratiosF.Count(r => r > 1),
            Median(ratiosG), ratiosG.DefaultIfEmpty(double.NaN).Max(), ratiosG.Count(r => r > 1));
    }

    /// <summary>error / bound; a zero bound gives 0 for no error and +∞ otherwise.</summary>
    public static double Ratio(double error, double bound) => bound > 0 ? error / bound : error == 0 ? 0 : double.PositiveInfinity;

    /// <summary>The middle value, or the mean of the two middle values; NaN for no values.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
