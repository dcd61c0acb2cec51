using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public sealed class MapCommandTests : CommandOutputTest
{
    [Theory]
    [InlineData("--resolution", "1")]
    [InlineData("--limits", "3,1")]
    [InlineData("--limits", "a,b")]
    [InlineData("--scenario", "b")]
    [InlineData("--epsilon", "0")]
    [InlineData("--c-width", "-1")]
    public void Bad_map_options_give_one_error_line_and_exit_2(string option, string value)
    {
        var (code, _, err) = Invoke(["map", .. TinyRun, option, value, "--out", Path.Combine(TempDir, "bad")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith($"error: {option}", err);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Map_writes_grid_samples_pictures_and_report()
    {
        string dir = Path.Combine(TempDir, "map");
        var (code, _, err) = Invoke(["map", .. TinyRun, "--width", "40", "--resolution", "9", "--out", dir]);
        Assert.True(code == 0, err);

        var grid = File.ReadAllLines(Path.Combine(dir, "map.csv"))[1..];
        Assert.Equal(MapCommand.GridHeader, grid[0]);
        Assert.Equal(1 + 81, grid.Length);
        int columns = MapCommand.GridHeader.Split(',').Length;
        Assert.Equal(22, columns);
        Assert.All(grid[1..], l => Assert.Equal(columns, l.Split(',').Length));
        Assert.Equal(2 + 16, File.ReadAllLines(Path.Combine(dir, "samples.csv")).Length);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "map.json")))!;
        Assert.Equal(9, (int)json["grid"]!["resolution"]!);
        double all = (double)json["share_all_conditions"]!;
        int allColumn = Array.IndexOf(MapCommand.GridHeader.Split(','), "all_conditions");
        int counted = grid[1..].Count(l => l.Split(',')[allColumn] == "1");
        Assert.Equal(counted / 81.0, all, 12);
        Assert.NotNull(json["premise"]!["holds"]);
        Assert.Equal((bool)json["premise"]!["holds"]! ? "applies" : "outside the theorem's premise", (string)json["status"]!);
        Assert.NotNull(json["looseness"]!["median_ratio_f"]);

        // Each threshold is the sum of its terms, and a failing margin names its largest term.
        var header = MapCommand.GridHeader.Split(',');
        foreach (var line in grid[1..])
        {
            var cells = line.Split(',');
            double Cell(string name) => double.Parse(cells[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Cell("threshold_g"), Cell("g_initial_output") + Cell("g_width") + Cell("g_direction") + Cell("g_bias"), 12);
            Assert.Equal(Cell("threshold_f"), Cell("f_initial_output") + Cell("f_width") + Cell("f_bias"), 12);
            string failing = cells[Array.IndexOf(header, "largest_failing_g")];
            Assert.Equal(cells[Array.IndexOf(header, "margin_g")] == "1", failing == "");
        }
        AssertPng(Path.Combine(dir, "map-terms.png"));
        AssertSvg(Path.Combine(dir, "map-terms.svg"));

        AssertPng(Path.Combine(dir, "map.png"));
        AssertSvg(Path.Combine(dir, "map.svg"));
        string report = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("![decision map", report);
        Assert.Contains("theoremcheck map", report);
        Assert.Contains("![largest error term", report);
        Assert.Contains("premise", report);
    }
}
