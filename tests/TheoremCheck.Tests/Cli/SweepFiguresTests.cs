using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public sealed class SweepFiguresTests : TemporaryDirectoryTest
{
    [Fact]
    public void Positions_are_numbers_logarithms_or_categories()
    {
        var (linear, isLinearLog) = SweepFigures.Positions(["1", "2", "3"]);
        Assert.Equal([1.0, 2, 3], linear);
        Assert.False(isLinearLog);
        var (log, isLog) = SweepFigures.Positions(["10", "100", "1000"]);
        Assert.True(isLog);
        Assert.Equal([1.0, 2, 3], log.Select(x => Math.Round(x, 12)));
        Assert.False(SweepFigures.Positions(["1", "19"]).Logarithmic);   // a factor below 20 stays linear
        Assert.False(SweepFigures.Positions(["0", "100"]).Logarithmic);  // zero has no logarithm
        Assert.Equal([0.0, 1, 2], SweepFigures.Positions(["gauss", "shifted-gauss", "1"]).Positions);
    }

    [Fact]
    public void Y_range_fits_the_data_with_a_pad_and_stays_near_zero_one_for_shares()
    {
        var (low, high) = SweepFigures.YLimits([0.5, 1.0]);
        Assert.Equal(0.46, low, 12);
        Assert.Equal(1.04, high, 12);
        // Nearly equal shares at 1: widened downwards to 0.04, never above 1 + pad.
        (low, high) = SweepFigures.YLimits([0.999, 1.0]);
        Assert.Equal(0.96 - 0.0032, low, 12);
        Assert.Equal(1.0032, high, 12);
        (low, high) = SweepFigures.YLimits([0.0, 0.001]);
        Assert.Equal(-0.0032, low, 12);
        Assert.Equal(0.0432, high, 12);
        // Unbounded quantities widen around their middle.
        (low, high) = SweepFigures.YLimits([5.0, 5.0], bounded: false);
        Assert.Equal(4.98 - 0.0032, low, 12);
        Assert.Equal(5.02 + 0.0032, high, 12);
        Assert.Equal((0.0, 1.0), SweepFigures.YLimits([double.NaN]));
    }

    [Fact]
    public void Target_colours_diverge_from_mid_grey_blue_below_red_above()
    {
        Assert.Equal(ScottPlot.Color.FromHex("#2166AC"), SweepFigures.TargetColour(-0.1, 0.1));
        Assert.Equal(ScottPlot.Color.FromHex("#B4B4B4"), SweepFigures.TargetColour(0, 0.1));
        Assert.Equal(ScottPlot.Color.FromHex("#B2182B"), SweepFigures.TargetColour(0.5, 0.1));   // clamped
        Assert.Equal(ScottPlot.Colors.LightGray, SweepFigures.TargetColour(double.NaN, 0.1));
        var runs = new[] { new SweepRun(0, 0, -0.06, new Dictionary<string, double>()), new SweepRun(0, 1, 0.02, new Dictionary<string, double>()) };
        Assert.Equal(0.06, SweepFigures.TargetLimit(runs), 15);
        Assert.Equal(0.01, SweepFigures.TargetLimit([]));
    }

    [Fact]
    public void Figures_are_written_as_png_and_svg()
    {
        var runs = new List<SweepRun>();
        for (int v = 0; v < 3; v++)
            for (int seed = 0; seed < 2; seed++)
                runs.Add(new SweepRun(v, seed, 0.01 * (seed - v), new Dictionary<string, double> { ["agreement"] = 0.5 + 0.2 * v, ["acc_g"] = 0.9 }));
        string stem = Path.Combine(TempDir, "figure");
        Directory.CreateDirectory(TempDir);
        SweepFigures.Save("width", ["10", "100", "1000"], runs,
            [new SweepPanel("agreement", "share", ["agreement"], 0.5, "chance"), new SweepPanel("both", "share", ["agreement", "acc_g"])], "title\nsecond line", stem);
        Assert.Equal(0x89, File.ReadAllBytes(stem + ".png")[0]);
        System.Xml.Linq.XDocument.Parse(File.ReadAllText(stem + ".svg"));

        var map = SweepFigures.PhaseMap("width", ["10", "100"], "epsilon", ["0.01", "0.1", "1"], new double[3, 2] { { 0.5, 0.6 }, { 0.7, double.NaN }, { 0.9, 1 } }, "agreement", (0, 1));
        Plots.Save(map, Path.Combine(TempDir, "phase"), 600, 500);
        Assert.True(File.Exists(Path.Combine(TempDir, "phase.png")));
        Assert.Throws<ArgumentException>(() => SweepFigures.PhaseMap("a", ["1"], "b", ["1", "2"], new double[1, 1], "t", (0, 1)));
    }
}
