using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// The measured result of one sweep point: the effective specification it ran (for IDX data with the sizes of
/// the files), the value of every column of <see cref="MetricColumns.All"/> in that order, and its seconds.
/// </summary>
public sealed record SweepRecord(int ValueIndex, string Value, int Seed, ExperimentSpec Spec, IReadOnlyList<double> Values, double Seconds)
{
    public double this[MetricColumn column] => Values[Index(column)];

    public static SweepRecord Measured(SweepPoint point, MeasuredRun run, double seconds) =>
        new(point.ValueIndex, point.Value, point.Seed, run.Spec, MetricColumns.Values(run.Metrics), seconds);

    private static int Index(MetricColumn column)
    {
        for (int i = 0; i < MetricColumns.All.Count; i++) if (MetricColumns.All[i] == column) return i;
        throw new ArgumentException($"'{column.Name}' is not a metric column.", nameof(column));
    }
}
