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
        Assert.All(grid[1..], l => Assert.Equal(13, l.Split(',').Length));
        Assert.Equal(2 + 16, File.ReadAllLines(Path.Combine(dir, "samples.csv")).Length);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "map.json")))!;
        Assert.Equal(9, (int)json["grid"]!["resolution"]!);
        double all = (double)json["share_all_conditions"]!;
        int counted = grid[1..].Count(l => l.Split(',')[11] == "1");
        Assert.Equal(counted / 81.0, all, 12);

        AssertPng(Path.Combine(dir, "map.png"));
        AssertSvg(Path.Combine(dir, "map.svg"));
        string report = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("![decision map", report);
        Assert.Contains("theoremcheck map", report);
    }
}
