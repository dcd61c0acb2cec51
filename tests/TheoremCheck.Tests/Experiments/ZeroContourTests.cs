using TheoremCheck.Experiments;

namespace TheoremCheck.Tests.Experiments;

public class ZeroContourTests
{
    [Fact]
    public void Zero_contour_of_a_linear_function_is_its_zero_line()
    {
        var xs = new MapGrid(-1, 1, 21).Coordinates();
        var values = new double[21, 21];
        for (int r = 0; r < 21; r++) for (int c = 0; c < 21; c++) values[r, c] = 2 * xs[c] - 0.6; // zero at x = 0.3
        var lines = ZeroContour.Polylines(values, xs, xs);
        var line = Assert.Single(lines);
        Assert.Equal(21, line.Length);
        Assert.All(line, p => Assert.Equal(0.3, p.X, 12));
        Assert.Equal(2, line.Max(p => p.Y) - line.Min(p => p.Y), 12);
    }

    [Fact]
    public void Zero_contour_of_a_circle_is_one_closed_curve_near_it()
    {
        var xs = new MapGrid(-1, 1, 41).Coordinates();
        var values = new double[41, 41];
        for (int r = 0; r < 41; r++) for (int c = 0; c < 41; c++) values[r, c] = xs[c] * xs[c] + xs[r] * xs[r] - 0.25;
        var line = Assert.Single(ZeroContour.Polylines(values, xs, xs));
        Assert.Equal(line[0], line[^1]);
        Assert.All(line, p => Assert.InRange(Math.Sqrt(p.X * p.X + p.Y * p.Y), 0.49, 0.51));
    }

    [Fact]
    public void Zero_contour_is_empty_without_a_sign_change()
    {
        var xs = new MapGrid(0, 1, 5).Coordinates();
        var values = new double[5, 5];
        for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) values[r, c] = 1 + r + c;
        Assert.Empty(ZeroContour.Polylines(values, xs, xs));
    }
}
