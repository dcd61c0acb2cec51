using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public sealed class SweepCommandTests : CommandOutputTest
{
    [Fact]
    public void Sweep_writes_a_well_formed_table_plots_and_report()
    {
        string dir = Path.Combine(TempDir, "sweep");
        var (code, _, err) = Invoke(["sweep", "--param", "width", "--values", "4,8,16", "--seeds", "2", .. TinyRun, "--out", dir]);
        Assert.True(code == 0, err);

        var csv = File.ReadAllLines(Path.Combine(dir, SweepOutput.SummaryCsv)).Where(l => !l.StartsWith('#')).ToArray();
        Assert.StartsWith("width,runs,acc_f_mean,acc_f_std,acc_f_min,acc_f_max,acc_g_mean", csv[0]);
        Assert.Equal(4, csv.Length);
        Assert.Equal(["4", "8", "16"], csv[1..].Select(l => l.Split(',')[0]));
        Assert.All(csv[1..], l => Assert.Equal("2", l.Split(',')[1]));
        Assert.Equal(8, File.ReadAllLines(Path.Combine(dir, SweepOutput.RunsCsv)).Length);

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
        Assert.Equal(6, Directory.GetFiles(Path.Combine(dir, "runs")).Length);
        Assert.True(File.Exists(Path.Combine(dir, "runs", "002-seed1.json")));

        // Logs (stderr is not a terminal here) get one line per finished run, with the time left.
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Count(l => l.StartsWith("sweep: run ", StringComparison.Ordinal)));
        Assert.Matches(@"^sweep: run 1 of 6 done: width 4, seed 0: agreement [0-9.]+, [0-9.]+ s; about [0-9.]+ s left", lines.First(l => l.StartsWith("sweep: run 1 ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("standard learning:") && l.Contains("done in"));
    }

    [Fact]
    public void Merged_shards_equal_the_unsharded_sweep_bit_for_bit()
    {
        string[] sweep = ["sweep", "--param", "width", "--values", "4,8,16", "--seeds", "2", .. TinyRun];
        Assert.Equal(0, Invoke([.. sweep, "--out", Path.Combine(TempDir, "whole")]).Code);
        for (int k = 1; k <= 3; k++)
            Assert.Equal(0, Invoke([.. sweep, "--shard", $"{k}/3", "--out", Path.Combine(TempDir, $"part{k}")]).Code);
        // A part alone covers only its runs.
        Assert.Equal(4, File.ReadAllLines(Path.Combine(TempDir, "part1", SweepOutput.RunsCsv)).Length);

        var (code, _, err) = Invoke("merge", Path.Combine(TempDir, "part3"), Path.Combine(TempDir, "part1"), Path.Combine(TempDir, "part2"), "--out", Path.Combine(TempDir, "merged"));
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllLines(Path.Combine(TempDir, "whole", SweepOutput.SummaryCsv))[1..], File.ReadAllLines(Path.Combine(TempDir, "merged", SweepOutput.SummaryCsv))[1..]);
        var whole = JsonNode.Parse(File.ReadAllText(Path.Combine(TempDir, "whole", SweepOutput.SummaryJson)))!["rows"]!.ToJsonString();
        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(TempDir, "merged", SweepOutput.SummaryJson)))!["rows"]!.ToJsonString();
        Assert.Equal(whole, merged);
        AssertPng(Path.Combine(TempDir, "merged", SweepOutput.AccuracyPlot + ".png"));

        // Two parts of three are not the whole sweep.
        var partial = Invoke("merge", Path.Combine(TempDir, "part1"), Path.Combine(TempDir, "part2"), "--out", Path.Combine(TempDir, "partial"));
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
        var (code, _, err) = Invoke(["sweep", .. options, "--out", Path.Combine(TempDir, "bad")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: ", err);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(TempDir, "bad")), "a rejected sweep must not create its output directory");
    }
}
