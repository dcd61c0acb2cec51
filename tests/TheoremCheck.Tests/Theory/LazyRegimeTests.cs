using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class LazyRegimeTests
{
    [Fact]
    public void Width_ratio_is_m_over_d_squared_times_the_total_time_squared()
    {
        // 1000 / (100² (5 + 15)²) = 1000 / (10⁴ · 400) = 2.5e-4
        Assert.Equal(2.5e-4, LazyRegime.WidthRatio(1000, 100, 5, 15), 15);
        Assert.Equal(2, LazyRegime.DimensionExponent);
        // Doubling d divides by 4, doubling the time by 4, doubling m multiplies by 2.
        double r = LazyRegime.WidthRatio(300, 7, 2, 3);
        Assert.Equal(r / 4, LazyRegime.WidthRatio(300, 14, 2, 3), 15);
        Assert.Equal(r / 4, LazyRegime.WidthRatio(300, 7, 4, 6), 15);
        Assert.Equal(2 * r, LazyRegime.WidthRatio(600, 7, 2, 3), 15);
        Assert.Equal(double.PositiveInfinity, LazyRegime.WidthRatio(10, 10, 0, 0));
    }

    [Fact]
    public void Width_ratio_refuses_impossible_sizes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LazyRegime.WidthRatio(0, 10, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LazyRegime.WidthRatio(10, -1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LazyRegime.WidthRatio(10, 10, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LazyRegime.WidthRatio(10, 10, 1, double.NaN));
    }

    [Fact]
    public void Lazy_means_at_most_the_threshold_share_flipped()
    {
        Assert.Equal(0.1, LazyRegime.FlipShareThreshold);
        Assert.True(LazyRegime.IsLazy(0));
        Assert.True(LazyRegime.IsLazy(0.1));
        Assert.False(LazyRegime.IsLazy(0.1000001));
        Assert.False(LazyRegime.IsLazy(0.49));
    }
}
