using System.Numerics.Tensors;
using TheoremCheck.Experiments;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Experiments;

public class MapGeometryTests
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

    private static (Matrix<double> Inputs, int[] Labels) TwoClusters(double[] positiveCentre, double[] negativeCentre, int perClass, int seed)
    {
        var rng = new Random(seed);
        int d = positiveCentre.Length;
        var inputs = new Matrix<double>(2 * perClass, d);
        var labels = new int[2 * perClass];
        for (int n = 0; n < 2 * perClass; n++)
        {
            labels[n] = n < perClass ? 1 : -1;
            var centre = labels[n] == 1 ? positiveCentre : negativeCentre;
            for (int j = 0; j < d; j++) inputs[n, j] = centre[j] + 0.1 * (rng.NextDouble() - 0.5);
        }
        return (inputs, labels);
    }

    [Fact]
    public void Plane_axes_are_orthonormal_and_span_the_class_means()
    {
        var (inputs, labels) = TwoClusters([3, 1, 0, 0], [0, 2, 2, 0], 10, seed: 1);
        var plane = MapPlane.FromClassMeans(inputs, labels);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis1), 12);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis2), 12);
        Assert.Equal(0, TensorPrimitives.Dot<double>(plane.Axis1, plane.Axis2), 12);
        Assert.Contains("negative class mean", plane.SecondAxisSource);
        // The first axis points along the positive mean (3, 1, 0, 0)/√10.
        Assert.Equal(3 / Math.Sqrt(10), plane.Axis1[0], 2);
        // Both class means lie in the plane: projecting and lifting back reproduces them.
        foreach (int label in new[] { 1, -1 })
        {
            var mean = new double[4];
            for (int n = 0; n < inputs.Rows; n++) if (labels[n] == label) TensorPrimitives.Add(mean, inputs.Row(n), mean);
            TensorPrimitives.Divide(mean, 10, mean);
            var (x, y) = plane.Project(mean);
            Assert.Equal(0, TensorPrimitives.Distance<double>(plane.Point(x, y), mean), 10);
        }
    }

    [Fact]
    public void Point_and_project_are_inverse_on_the_plane()
    {
        var (inputs, labels) = TwoClusters([1, 0, 2], [0, -1, 1], 5, seed: 2);
        var plane = MapPlane.FromClassMeans(inputs, labels);
        var (x, y) = plane.Project(plane.Point(1.25, -0.5));
        Assert.Equal(1.25, x, 12);
        Assert.Equal(-0.5, y, 12);
    }

    [Fact]
    public void Centred_data_with_parallel_means_fall_back_to_a_principal_direction()
    {
        // Centred by the mean: N₊μ₊ + N₋μ₋ = 0, the means are antiparallel. The spread along
        // coordinate 2 is the largest off the mean axis, so the second axis must be ±e_2.
        var inputs = new Matrix<double>(4, 3, [2, 0, 1, 2, 0, -1, -2, 0.1, 1, -2, -0.1, -1]);
        int[] labels = [1, 1, -1, -1];
        var plane = MapPlane.FromClassMeans(inputs, labels);
        Assert.Contains("principal", plane.SecondAxisSource);
        Assert.Equal(0, TensorPrimitives.Dot<double>(plane.Axis1, plane.Axis2), 10);
        Assert.Equal(1, TensorPrimitives.Norm<double>(plane.Axis2), 10);
        Assert.True(Math.Abs(plane.Axis2[2]) > 0.99, $"second axis {string.Join(", ", plane.Axis2)}");
    }

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

public class DecisionMapTests
{
    private static readonly ExperimentConfig Small = new()
    {
        Dim = 6, Samples = 24, TestSamples = 8, Width = 200, EpochsF = 20, EpochsG = 20, Targets = Attacks.TargetKind.Balanced, Seed = 3,
    };

    private static RunResult? _run;
    private static RunResult SmallRun => _run ??= PerturbationLearning.Run(Small);

    [Fact]
    public void Masks_are_the_conditions_and_signs_at_each_grid_point()
    {
        var result = SmallRun;
        var map = DecisionMap.ForRun(result, ConditionConstants.Default, resolution: 7, limits: (-4, 4));
        var conditions = RunConditions.For(result.Run, result.Config, ConditionConstants.Default);
        var xs = map.Grid.Coordinates();
        var masks = Enum.GetValues<MapCondition>().ToDictionary(c => c, map.Mask);
        var agree = map.SignsAgreeMask();
        for (int r = 0; r < 7; r++)
            for (int c = 0; c < 7; c++)
            {
                var z = map.Plane.Point(xs[c], xs[r]);
                var report = conditions.Evaluate(z);
                Assert.Equal(report.MarginF, masks[MapCondition.MarginF][r, c]);
                Assert.Equal(report.MarginG, masks[MapCondition.MarginG][r, c]);
                Assert.Equal(report.Agreement, masks[MapCondition.Agreement][r, c]);
                Assert.Equal(masks[MapCondition.MarginF][r, c] && masks[MapCondition.MarginG][r, c] && masks[MapCondition.Agreement][r, c], masks[MapCondition.All][r, c]);
                double f = result.Run.F.Network.Output(z), g = result.Run.G.Network.Output(z);
                Assert.Equal(f, map.F[r, c], 9);
                Assert.Equal(Math.Sign(f) == Math.Sign(g), agree[r, c]);
            }
    }

    [Fact]
    public void Summary_counts_the_masks()
    {
        var map = DecisionMap.ForRun(SmallRun, ConditionConstants.Default, resolution: 9, limits: (-5, 5));
        var summary = map.Summary();
        int Count(bool[,] mask) => mask.Cast<bool>().Count(b => b);
        Assert.Equal(81, summary.Points);
        Assert.Equal(Count(map.Mask(MapCondition.MarginF)) / 81.0, summary.MarginF, 12);
        Assert.Equal(Count(map.Mask(MapCondition.All)) / 81.0, summary.All, 12);
        Assert.Equal(Count(map.Mask(MapCondition.All)), summary.AllAndSignsAgree + summary.AllButSignsDiffer);
        Assert.Equal(Count(map.SignsAgreeMask()) / 81.0, summary.SignsAgree, 12);
    }

    [Fact]
    public void Zero_constants_make_the_margin_regions_larger_or_equal()
    {
        var strict = DecisionMap.ForRun(SmallRun, ConditionConstants.Default, resolution: 9, limits: (-5, 5));
        var loose = DecisionMap.ForRun(SmallRun, ConditionConstants.Zero, resolution: 9, limits: (-5, 5));
        foreach (var condition in new[] { MapCondition.MarginF, MapCondition.MarginG })
        {
            var a = strict.Mask(condition);
            var b = loose.Mask(condition);
            for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) Assert.True(!a[r, c] || b[r, c], $"{condition} at ({r}, {c})");
        }
        Assert.True(loose.Summary().MarginF > strict.Summary().MarginF, "dropping the error terms must widen condition (a) somewhere");
    }
}
