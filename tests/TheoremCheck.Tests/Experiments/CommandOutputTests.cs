using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Experiments;

/// <summary>The sweep, merge and map commands end to end on tiny configurations (seconds).</summary>
public sealed class CommandOutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "theoremcheck-tests", Guid.NewGuid().ToString("N"));
    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }

    private static readonly string[] TinyRun =
        ["--dim", "5", "--samples", "16", "--test-samples", "16", "--epochs-f", "5", "--epochs-g", "5", "--data", "gauss"];

    private static (int Code, string Out, string Err) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Invoke(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void AssertPng(string path) =>
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, File.ReadAllBytes(path)[..8]);

    private static void AssertSvg(string path)
    {
        string text = File.ReadAllText(path).TrimStart();
        Assert.True(text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<svg", StringComparison.Ordinal), path);
        Assert.Contains("</svg>", text);
        System.Xml.Linq.XDocument.Parse(text); // well-formed XML
    }

    [Fact]
    public void Sweep_writes_a_well_formed_table_plots_and_report()
    {
        string dir = Path.Combine(_dir, "sweep");
        var (code, _, err) = Invoke(["sweep", "--param", "width", "--values", "4,8,16", "--seeds", "2", .. TinyRun, "--out", dir]);
        Assert.True(code == 0, err);

        var csv = File.ReadAllLines(Path.Combine(dir, SweepOutput.SummaryCsv));
        Assert.StartsWith("width,runs,acc_f_mean,acc_f_std,acc_f_min,acc_f_max,acc_g_mean", csv[0]);
        Assert.Equal(4, csv.Length);
        Assert.Equal(["4", "8", "16"], csv[1..].Select(l => l.Split(',')[0]));
        Assert.All(csv[1..], l => Assert.Equal("2", l.Split(',')[1]));
        Assert.Equal(7, File.ReadAllLines(Path.Combine(dir, SweepOutput.RunsCsv)).Length);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, SweepOutput.SummaryJson)))!;
        Assert.Equal("width", (string?)json["param"]);
        Assert.Equal(3, json["rows"]!.AsArray().Count);
        double mean = (double)json["rows"]![1]!["agreement"]!["mean"]!;
        Assert.InRange(mean, 0, 1);
        Assert.Equal(double.Parse(csv[2].Split(',')[10], System.Globalization.CultureInfo.InvariantCulture), mean);

        foreach (var stem in new[] { SweepOutput.AccuracyPlot, SweepOutput.FeaturePlot })
        {
            AssertPng(Path.Combine(dir, stem + ".png"));
            AssertSvg(Path.Combine(dir, stem + ".svg"));
        }
        string report = File.ReadAllText(Path.Combine(dir, SweepOutput.Report));
        Assert.Contains("![", report);
        Assert.Contains("sweep.png", report);
        Assert.Contains("--seeds 2", report);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Merged_shards_equal_the_unsharded_sweep_bit_for_bit()
    {
        string[] sweep = ["sweep", "--param", "width", "--values", "4,8,16", "--seeds", "2", .. TinyRun];
        Assert.Equal(0, Invoke([.. sweep, "--out", Path.Combine(_dir, "whole")]).Code);
        for (int k = 1; k <= 3; k++)
            Assert.Equal(0, Invoke([.. sweep, "--shard", $"{k}/3", "--out", Path.Combine(_dir, $"part{k}")]).Code);
        // A part alone covers only its runs.
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_dir, "part1", SweepOutput.RunsCsv)).Length);

        var (code, _, err) = Invoke("merge", Path.Combine(_dir, "part3"), Path.Combine(_dir, "part1"), Path.Combine(_dir, "part2"), "--out", Path.Combine(_dir, "merged"));
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllText(Path.Combine(_dir, "whole", SweepOutput.SummaryCsv)), File.ReadAllText(Path.Combine(_dir, "merged", SweepOutput.SummaryCsv)));
        var whole = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "whole", SweepOutput.SummaryJson)))!["rows"]!.ToJsonString();
        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "merged", SweepOutput.SummaryJson)))!["rows"]!.ToJsonString();
        Assert.Equal(whole, merged);
        AssertPng(Path.Combine(_dir, "merged", SweepOutput.AccuracyPlot + ".png"));

        // Two parts of three are not the whole sweep.
        var partial = Invoke("merge", Path.Combine(_dir, "part1"), Path.Combine(_dir, "part2"), "--out", Path.Combine(_dir, "partial"));
        Assert.Equal(ExitCodes.RunFailed, partial.Code);
        Assert.StartsWith("error: merge: 2 of 6 runs are missing", partial.Err);
    }

    [Theory]
    [InlineData("--param", "nonsense", "--values", "1,2")]
    [InlineData("--param", "width", "--values", "")]
    [InlineData("--param", "width")]
    [InlineData("--param", "width", "--values", "10,x")]
    [InlineData("--param", "width", "--values", "10", "--shard", "0/2")]
    [InlineData("--param", "width", "--values", "10", "--shard", "3/2")]
    [InlineData("--param", "width", "--values", "10", "--shard", "half")]
    [InlineData("--param", "width", "--values", "10", "--seeds", "0")]
    public void Bad_sweep_options_give_one_error_line_and_exit_2(params string[] options)
    {
        var (code, _, err) = Invoke(["sweep", .. options, "--out", Path.Combine(_dir, "bad")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: ", err);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_dir, "bad")), "a rejected sweep must not create its output directory");
    }

    [Theory]
    [InlineData("--resolution", "1")]
    [InlineData("--limits", "3,1")]
    [InlineData("--limits", "a,b")]
    [InlineData("--scenario", "b")]
    [InlineData("--epsilon", "0")]
    [InlineData("--c-width", "-1")]
    public void Bad_map_options_give_one_error_line_and_exit_2(string option, string value)
    {
        var (code, _, err) = Invoke(["map", .. TinyRun, option, value, "--out", Path.Combine(_dir, "bad")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith($"error: {option}", err);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Map_writes_grid_samples_pictures_and_report()
    {
        string dir = Path.Combine(_dir, "map");
        var (code, _, err) = Invoke(["map", .. TinyRun, "--width", "40", "--resolution", "9", "--out", dir]);
        Assert.True(code == 0, err);

        var grid = File.ReadAllLines(Path.Combine(dir, "map.csv"));
        Assert.Equal(MapCommand.GridHeader, grid[0]);
        Assert.Equal(1 + 81, grid.Length);
        Assert.All(grid[1..], l => Assert.Equal(13, l.Split(',').Length));
        Assert.Equal(1 + 16, File.ReadAllLines(Path.Combine(dir, "samples.csv")).Length);

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
