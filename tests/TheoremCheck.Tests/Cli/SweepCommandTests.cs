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

    [Fact]
    public void A_second_parameter_runs_the_grid_and_draws_heat_maps_and_the_best_over_it()
    {
        string dir = Path.Combine(TempDir, "grid");
        var (code, stdout, err) = Invoke(["sweep", "--param", "width", "--values", "4,8", "--param2", "lr-f:lr-g", "--values2", "1:1,0.5:0.25",
            "--seeds", "2", .. TinyRun, "--out", dir]);
        Assert.True(code == 0, err);
        var runs = File.ReadAllLines(Path.Combine(dir, SweepOutput.RunsCsv)).Where(l => !l.StartsWith('#')).ToArray();
        Assert.StartsWith("width,lr-f:lr-g,seed,acc_f", runs[0]);
        Assert.Equal(1 + 2 * 2 * 2, runs.Length);
        Assert.Equal(["4,1:1", "4,1:1", "4,0.5:0.25", "4,0.5:0.25", "8,1:1"], runs[1..6].Select(l => string.Join(",", l.Split(',')[..2])));
        var summary = File.ReadAllLines(Path.Combine(dir, SweepOutput.SummaryCsv)).Where(l => !l.StartsWith('#')).ToArray();
        Assert.StartsWith("width,lr-f:lr-g,runs,", summary[0]);
        Assert.Equal(5, summary.Length);
        // The second point of the plan ran with lr-f 0.5 and lr-g 0.25.
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "runs", "001-seed0.json")))!;
        Assert.Equal((0.5, 0.25), ((double)run["spec"]!["training"]!["learning_rate_f"]!, (double)run["spec"]!["training"]!["learning_rate_g"]!));
        foreach (var stem in new[] { GridOutput.PhasePlot, SweepOutput.AccuracyPlot, SweepOutput.FeaturePlot }) AssertPng(Path.Combine(dir, stem + ".png"));
        string report = File.ReadAllText(Path.Combine(dir, SweepOutput.Report));
        Assert.Contains("# Sweep over `--width` and `--lr-f:lr-g`", report);
        Assert.Contains("phase.png", report);
        Assert.Contains("Best lr-f:lr-g for each width", report);
        Assert.Contains("--param width --values 4,8 --param2 lr-f:lr-g --values2 1:1,0.5:0.25 --seeds 2", report);
        Assert.Contains("width|lr-f:lr-g", stdout);
    }

    [Theory]
    [InlineData("--param2", "epsilon", null, "--param2: needs --values2 too")]
    [InlineData("--param2", "width", "5,6", "--param2: sets width, which --param already sweeps")]
    [InlineData("--param2", "epsilon", "0.1,0.1", "--values2: lists '0.1' twice")]
    [InlineData("--param2", "epsilon:width", "0.1", "--param2: sets width, which --param already sweeps")]
    [InlineData("--param2", "lr-f:lr-g", "1:1,0.5", "--values2: value '0.5' must give 2 values joined by ':', one for each of lr-f:lr-g")]
    [InlineData("--param2", "epsilon", "0.1|0.2", "--values2: value '0.1|0.2' contains '|'")]
    [InlineData("--param2", "slope:slope", "0.1:0.2", "--param2: names slope twice")]
    public void Grid_mistakes_are_refused_before_any_run(string flag, string value, string? values, string message)
    {
        string[] args = ["sweep", "--param", "width", "--values", "4,8", flag, value, .. values is null ? Array.Empty<string>() : ["--values2", values], .. TinyRun,
            "--out", Path.Combine(TempDir, "bad")];
        var (code, _, err) = Invoke(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: " + message, err);
        Assert.False(Directory.Exists(Path.Combine(TempDir, "bad", "runs")));
    }

    [Fact]
    public void Joined_options_move_together_and_are_placed_by_their_first_value()
    {
        string dir = Path.Combine(TempDir, "joined");
        var (code, _, err) = Invoke(["sweep", "--param", "dim:epsilon", "--values", "4:0.002,9:0.003", "--seeds", "1",
            "--samples", "16", "--test-samples", "16", "--epochs-f", "5", "--epochs-g", "5", "--data", "gauss", "--out", dir]);
        Assert.True(code == 0, err);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "runs", "001-seed0.json")))!;
        Assert.Equal(9, (int)run["spec"]!["data"]!["dimension"]!);
        Assert.Equal(0.003, (double)run["spec"]!["attack"]!["epsilon"]!);
        Assert.Equal([4.0, 9.0], SweepFigures.Positions(["4:0.002", "9:0.003"]).Positions);
    }

    [Fact]
    public void A_preset_expands_to_its_sweep_and_options_given_alongside_change_it()
    {
        string dir = Path.Combine(TempDir, "preset");
        var (code, _, err) = Invoke("sweep", "--preset", "shifted-gauss-a-epochs-f", "--dim", "4", "--samples", "10", "--test-samples", "10",
            "--epochs-g", "3", "--seeds", "1", "--out", dir);
        Assert.True(code == 0, err);
        string report = File.ReadAllText(Path.Combine(dir, SweepOutput.Report));
        // Reduced scale: epochs of f 1, 5, 10 at lr-f 0.1, best over lr-g 1 and 0.1; --epochs-g 3 given here replaces the preset's 200.
        Assert.Contains("--param epochs-f --values 1,5,10 --param2 lr-g --values2 1,0.1 --seeds 1", report);
        Assert.Contains("--epochs-g 3", report);
        Assert.Contains("--lr-f 0.1", report);
        Assert.Equal(1 + 3 * 2, File.ReadAllLines(Path.Combine(dir, SweepOutput.RunsCsv)).Count(l => !l.StartsWith('#')));
    }

    [Theory]
    [InlineData(new[] { "--preset", "shifted-gauss-a-widht" }, "error: --preset: unknown preset 'shifted-gauss-a-widht' (did you mean shifted-gauss-a-width?)")]
    [InlineData(new[] { "--preset", "shifted-gauss-a-width", "--param", "slope" }, "error: --param: is fixed by --preset shifted-gauss-a-width")]
    [InlineData(new[] { "--preset", "shifted-gauss-a-width", "--scale", "half" }, "error: --scale: must be reduced or full, got 'half'")]
    [InlineData(new[] { "--param", "width", "--values", "4", "--scale", "full" }, "error: --scale: applies only with --preset")]
    public void Preset_mistakes_are_refused(string[] args, string message)
    {
        var (code, _, err) = Invoke(["sweep", .. args, "--out", Path.Combine(TempDir, "bad")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith(message, err);
    }

    [Fact]
    public void Presets_are_listed_by_family()
    {
        var (code, stdout, _) = Invoke("sweep", "--list-presets");
        Assert.Equal(0, code);
        Assert.StartsWith("shifted Gauss (a):", stdout);
        Assert.All(SweepPresets.All, p => Assert.Contains(p.Name, stdout));
        Assert.Contains("Fashion-MNIST 0 vs 9:", stdout);
    }
}
