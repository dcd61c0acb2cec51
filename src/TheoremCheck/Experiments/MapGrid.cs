using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// A square grid of <see cref="Resolution"/>² points on [Min, Max]² in plane coordinates, as the
/// reference code's meshgrid: both axes share the limits, grid lines include both ends.
/// Index [row, column]: row runs along the second axis (y), column along the first (x); row 0 is y = Min.
/// </summary>
public sealed record MapGrid(double Min, double Max, int Resolution)
{
    public const string ResolutionField = "map.resolution", LimitsField = "map.limits";

    public IReadOnlyList<SpecProblem> Problems()
    {
        var problems = new List<SpecProblem>();
        if (Resolution < 2) problems.Add(new(ResolutionField, $"must be at least 2, got {Resolution}"));
        if (!double.IsFinite(Min) || !double.IsFinite(Max) || Min >= Max) problems.Add(new(LimitsField, $"must be two finite numbers lo,hi with lo < hi, got {Min},{Max}"));
        return problems;
    }

    public double Step => (Max - Min) / (Resolution - 1);

    /// <summary>Coordinate of grid line <paramref name="index"/> (0..Resolution-1); the last one is exactly Max.</summary>
    public double Coordinate(int index) => index == Resolution - 1 ? Max : Min + index * Step;

    public double[] Coordinates() => Enumerable.Range(0, Resolution).Select(Coordinate).ToArray();

    /// <summary>
    /// Limits that show every projected sample: the smallest square box around them, widened by
    /// <paramref name="margin"/> of its size on each side.
    /// </summary>
    public static (double Min, double Max) LimitsAround(IReadOnlyList<(double X, double Y)> points, double margin = 0.05)
    {
        if (points.Count == 0) return (-1, 1);
        double lo = points.Min(p => Math.Min(p.X, p.Y)), hi = points.Max(p => Math.Max(p.X, p.Y));
        double pad = Math.Max(hi - lo, 1e-9) * margin;
        return (lo - pad, hi + pad);
    }
}
