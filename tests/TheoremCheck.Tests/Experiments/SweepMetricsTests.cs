using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public class SweepMetricsTests
{
    private static SweepRecord Record(int valueIndex, int seed, double acc)
    {
        var metrics = new RunMetrics(new((int)(acc * 1000), 1000), new((int)(acc * 500), 1000), new(1000 - (int)(acc * 1000), 1000), 0.5, 0, 0.25, 0, 0, 0, 0);
        return new(valueIndex, $"v{valueIndex}", seed, new ExperimentSpec(), MetricColumns.Values(metrics), 1);
    }

    [Fact]
    public void Rows_hold_mean_sample_std_min_max_per_value()
    {
        var rows = SweepMetrics.Aggregate([Record(0, 0, 0.5), Record(0, 1, 0.7), Record(0, 2, 0.9), Record(1, 0, 0.4)]);
        Assert.Equal(2, rows.Count);
        var accF = rows[0][MetricColumns.AccF];
        Assert.Equal(0.7, accF.Mean, 12);
        Assert.Equal(0.2, accF.Std, 12); // sqrt((0.04 + 0 + 0.04) / 2)
        Assert.Equal(0.5, accF.Min);
        Assert.Equal(0.9, accF.Max);
        Assert.Equal(0.35, rows[0]["acc_g"].Mean, 12);
        Assert.Equal(0, rows[1]["agreement"].Std);
        Assert.Equal([0, 1, 2], rows[0].Seeds);
        Assert.Equal(MetricColumns.Summarised.Count, rows[0].Metrics.Count);
        Assert.Throws<ArgumentException>(() => rows[0][MetricColumns.TargetMean]);
    }

    [Fact]
    public void Aggregation_does_not_depend_on_the_order_runs_finished_in()
    {
        var rng = new Random(7);
        var records = Enumerable.Range(0, 30).Select(i => Record(i % 3, i / 3, rng.NextDouble())).ToList();
        var sorted = SweepMetrics.Aggregate(records);
        var shuffled = SweepMetrics.Aggregate(records.OrderBy(_ => rng.Next()).ToList());
        for (int r = 0; r < sorted.Count; r++)
            Assert.Equal(sorted[r].Metrics, shuffled[r].Metrics); // records compare bit for bit
    }
}
