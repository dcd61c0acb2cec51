using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>The sweep table: the columns of <see cref="MetricColumns.Summarised"/> summarised over seeds, value by value.</summary>
public static class SweepMetrics
{
    public static int IndexOf(MetricColumn column)
    {
        for (int i = 0; i < MetricColumns.Summarised.Count; i++) if (MetricColumns.Summarised[i] == column) return i;
        throw new ArgumentException($"'{column.Name}' is not summarised in sweep tables.", nameof(column));
    }

    /// <summary>
    /// The sweep table: one row per value that has results, in plan order. Records are sorted by
    /// (value, seed) before summing, so the numbers do not depend on the order the runs finished in
    /// (a merged sharded sweep gives the same bits as the unsharded one).
    /// </summary>
    public static IReadOnlyList<SweepRow> Aggregate(IEnumerable<SweepRecord> records)
    {
        var rows = new List<SweepRow>();
        foreach (var group in records.GroupBy(r => r.ValueIndex).OrderBy(g => g.Key))
        {
            var runs = group.OrderBy(r => r.Seed).ToList();
            var summaries = MetricColumns.Summarised.Select(column => Summarise(runs.Select(r => r[column]).ToArray())).ToList();
            rows.Add(new SweepRow(group.Key, runs[0].Value, runs.Select(r => r.Seed).ToList(), summaries));
        }
        return rows;
    }

    public static MetricSummary Summarise(double[] values)
    {
        if (values.Length == 0) throw new ArgumentException("No values to summarise.");
        double sum = 0;
        foreach (double v in values) sum += v;
        double mean = sum / values.Length;
        double squares = 0;
        foreach (double v in values) squares += (v - mean) * (v - mean);
        double std = values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : 0;
        return new MetricSummary(mean, std, values.Min(), values.Max());
    }
}
