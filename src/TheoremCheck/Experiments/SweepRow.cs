namespace TheoremCheck.Experiments;

/// <summary>One row of the sweep table: a value of the swept option and its metrics over seeds.</summary>
public sealed record SweepRow(int ValueIndex, string Value, IReadOnlyList<int> Seeds, IReadOnlyList<MetricSummary> Metrics)
{
    public MetricSummary this[string metric] => Metrics[SweepMetrics.IndexOf(metric)];
}
