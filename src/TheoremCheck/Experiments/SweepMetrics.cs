using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>The metrics of a sweep table, in column order, with the reference code's names.</summary>
public static class SweepMetrics
{
    public static readonly IReadOnlyList<(string Name, string Description, Func<RunMetrics, double> Get)> All =
    [
        ("acc_f", "accuracy of f on D", m => m.AccF),
        ("acc_g", "accuracy of g on the clean, correctly labelled D", m => m.AccG),
        ("agreement", "share of fresh inputs with sgn f = sgn g", m => m.Agreement),
        ("cossim", "mean |cos(r_n, C1 direction)|", m => m.CosSim),
        ("flipped_f", "share of activation patterns of f changed by training", m => m.FlippedF),
        ("flipped_g", "share of activation patterns of g changed by training", m => m.FlippedG),
    ];

    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Count; i++) if (All[i].Name == name) return i;
        throw new ArgumentException($"Unknown sweep metric '{name}'.");
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
            var summaries = All.Select(metric => Summarise(runs.Select(r => metric.Get(r.Metrics)).ToArray())).ToList();
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
