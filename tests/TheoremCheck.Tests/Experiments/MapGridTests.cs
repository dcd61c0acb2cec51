using TheoremCheck.Experiments;

namespace TheoremCheck.Tests.Experiments;

public class MapGridTests
{
    [Fact]
    public void Grid_includes_both_limits_with_even_steps()
    {
        var grid = new MapGrid(-2, 3, 11);
        var xs = grid.Coordinates();
        Assert.Equal(11, xs.Length);
        Assert.Equal(-2, xs[0]);
        Assert.Equal(3, xs[^1]);
        for (int i = 1; i < xs.Length; i++) Assert.Equal(0.5, xs[i] - xs[i - 1], 12);
        Assert.Empty(grid.Problems());
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 10)]
    [InlineData(2, 1, 10)]
    [InlineData(double.NaN, 1, 10)]
    public void Grid_rejects_degenerate_settings(double min, double max, int resolution) =>
        Assert.NotEmpty(new MapGrid(min, max, resolution).Problems());

    [Fact]
    public void Limits_around_points_cover_them_with_a_margin()
    {
        var (lo, hi) = MapGrid.LimitsAround([(1, -3), (4, 2)], margin: 0.1);
        Assert.Equal(-3 - 0.7, lo, 12);
        Assert.Equal(4 + 0.7, hi, 12);
    }
}
