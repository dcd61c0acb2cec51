using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// One row of the sweep table: a value of the swept setting and, for each column of
/// <see cref="MetricColumns.Summarised"/> in that order, its summary over the seeds.
/// </summary>
public sealed record SweepRow(int ValueIndex, string Value, IReadOnlyList<int> Seeds, IReadOnlyList<MetricSummary> Metrics)
{
    public MetricSummary this[MetricColumn column] => Metrics[SweepMetrics.IndexOf(column)];

    public MetricSummary this[string metric] => this[MetricColumns.Find(metric)];
}
