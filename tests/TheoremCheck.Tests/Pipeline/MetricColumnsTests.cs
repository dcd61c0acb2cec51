using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class MetricColumnsTests
{
    private static readonly RunMetrics Sample = new(new Proportion(9, 10), new Proportion(3, 4), new Proportion(1, 5), 0.5, 0.25, 0.125, 7, 8, 2, -0.0625);

    [Fact]
    public void Columns_read_their_quantity_and_only_shares_have_counts()
    {
        Assert.Equal([0.9, 0.75, 0.2, 0.5, 0.25, 0.125, -0.0625, 2], MetricColumns.Values(Sample));
        Assert.Equal(["acc_f", "acc_g", "agreement"], MetricColumns.All.Where(c => c.Count is not null).Select(c => c.Name));
        Assert.Equal(new Proportion(3, 4), MetricColumns.AccG.Count!(Sample));
        Assert.Equal(["acc_f", "acc_g", "agreement", "cossim", "flipped_f", "flipped_g"], MetricColumns.Summarised.Select(c => c.Name));
        Assert.Equal(MetricColumns.All.Count, MetricColumns.All.Select(c => c.Name).Distinct().Count());
        Assert.Same(MetricColumns.CosSim, MetricColumns.Find("cossim"));
        Assert.Throws<ArgumentException>(() => MetricColumns.Find("accuracy"));
    }
}
