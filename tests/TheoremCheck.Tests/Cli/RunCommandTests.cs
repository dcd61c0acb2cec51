using System.Text.Json.Nodes;
using System.Text.Json;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public class RunCommandTests
{
    [Fact]
    public void Run_with_out_writes_json_csv_and_a_report_that_repeats_it()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("run-out").FullName, "nested");
        try
        {
            var (exit, _, _) = CommandLineTests.Invoke("run", "--dim", "5", "--samples", "20", "--test-samples", "10", "--width", "8",
                "--epochs-f", "3", "--epochs-g", "3", "--out", dir);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json")));
            var lines = File.ReadAllLines(Path.Combine(dir, "result.csv"));
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("# theoremcheck ", lines[0]);
            Assert.StartsWith("acc_f,acc_g,agreement,cossim", lines[1]);
            Assert.Equal(json.RootElement.GetProperty("acc_f").GetDouble(), double.Parse(lines[2].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
            var report = File.ReadAllText(Path.Combine(dir, "report.md"));
            Assert.Contains("theoremcheck run --dim 5 --samples 20 --test-samples 10 --width 8 --epochs-f 3 --epochs-g 3", report);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp*"));
        }
        finally { Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true); }
    }

    [Fact]
    public void Exact_run_with_out_writes_its_files_with_fractions_and_provenance()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("run-exact").FullName, "out");
        try
        {
            var (exit, _, err) = CommandLineTests.Invoke("run", "--exact", "--dim", "2", "--samples", "3", "--test-samples", "2", "--width", "2",
                "--epochs-f", "1", "--epochs-g", "1", "--lr-f", "0.5", "--out", dir);
            Assert.True(exit == 0, err);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "result.json")))!;
            Assert.Equal("exact", (string?)json["arithmetic"]);
            Assert.Equal("scaled-linf", (string?)json["attack_used"]);
            Assert.Equal("l2", (string?)json["spec"]!["attack"]!["norm"]);
            Assert.Equal("1/2", (string?)json["training_time"]!["f"]!["fraction"]);
            Assert.Equal(0.5, (double)json["training_time"]!["f"]!["decimal"]!);
            Assert.Equal(ToolVersion.Commit, (string?)json["provenance"]!["commit"]);
            Assert.StartsWith("theoremcheck run --exact --dim 2", (string?)json["provenance"]!["command"]);
            Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T", (string?)json["provenance"]!["date"]);
            Assert.StartsWith("# theoremcheck " + ToolVersion.Version, File.ReadAllLines(Path.Combine(dir, "result.csv"))[0]);
            var report = File.ReadAllText(Path.Combine(dir, "report.md"));
            Assert.Contains("theoremcheck run --dim 2 --samples 3 --test-samples 2 --width 2 --lr-f 0.5 --epochs-f 1 --epochs-g 1 --exact", report);
            Assert.Contains("Written by theoremcheck", report);
        }
        finally { Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true); }
    }

    [Fact]
    public void The_suggested_flip_free_instance_is_flip_free_and_E3_E4_hold_on_it()
    {
        var args = ClosedFormSection.FlipFreeCommand.Split(' ')[1..];
        var (exit, stdout, err) = CommandLineTests.Invoke([.. args, "--json"]);
        Assert.True(exit == 0, err);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal((0, 0), ((int)json["ever_flipped"]!["f"]!, (int)json["ever_flipped"]!["g"]!));
        Assert.True((bool)json["closed_forms"]!["e3"]!["holds"]!);
        Assert.True((bool)json["closed_forms"]!["e4"]!["holds"]!);
    }

    [Fact]
    public void Image_runs_record_the_sizes_they_used_and_repeat_without_them()
    {
        var (exit, stdout, err) = CommandLineTests.Invoke("run", "--json", "--data", "mnist", "--data-dir", RepositoryPaths.MnistDirectory,
            "--width", "4", "--epochs-f", "1", "--epochs-g", "1", "--lr-f", "0.01", "--lr-g", "0.01");
        Assert.True(exit == 0, err);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(784, (int)json["spec"]!["data"]!["dimension"]!);
        Assert.Equal(1084, (int)json["spec"]!["data"]!["samples"]!);
        Assert.Equal(1083, (int)json["counts"]!["agreement"]!["total"]!);
        Assert.False(json["config"]!.AsObject().ContainsKey("dim"));
    }

    /// <summary>Exact runs printed before the double kernels were introduced; the rationals must not move.</summary>
    [Theory]
    [InlineData("--samples 6 --test-samples 3 --dim 3 --width 4 --epochs-f 3 --epochs-g 3",
        "2/3", "1/3", "1/3", "561/100", "561/100", 3, 14,
        "1078169997/3355443200|-21256645783/10066329600|-2519801411/2516582400",
        "-6354762619944734605785438598561/53710343337217973882447462400000|-343/131072|0")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5",
        "1", "2/5", "2/3", "9049/2000", "29/20", 13, 3,
        "5870495757/268435456000|21440904233/20971520000|-877062593283/671088640000",
        "58320202525463813886018008464454739643604022299/59212818143248257356317544804517000464931225600|775213813154785018369978748882335987385286003/1513620095686305147145131513407898784890880000|5589778810889097331653877030160740124398527127/5382983467568023396028867709501545496811929600")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5 --momentum 0 --epsilon 0.1",
        "1", "2/5", "2/3", "2", "1", 9, 3,
        "2020359/83886080|422474981/1342177280|-729293043/1342177280",
        "23886122465606594899526808562909/30248859889197361684808938291200|2135755078507397154606716877931/5041476648199560280801489715200|2269971315271615435726153428521/3781107486149670210601117286400")]
    public void ExactRunsAreUnchanged(string options, string accF, string accG, string agreement, string timeF, string timeG,
        int flippedF, int flippedG, string testF, string testG)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Invoke(["run", "--exact", "--json", .. options.Split(' ')], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var json = JsonNode.Parse(stdout.ToString())!.AsObject();
        Assert.Equal(accF, (string)json["counts"]!["acc_f"]!["fraction"]!);
        Assert.Equal(accG, (string)json["counts"]!["acc_g"]!["fraction"]!);
        Assert.Equal(agreement, (string)json["counts"]!["agreement"]!["fraction"]!);
        Assert.Equal(timeF, (string)json["training_time"]!["f"]!["fraction"]!);
        Assert.Equal(timeG, (string)json["training_time"]!["g"]!["fraction"]!);
        Assert.Equal(flippedF, (int)json["ever_flipped"]!["f"]!);
        Assert.Equal(flippedG, (int)json["ever_flipped"]!["g"]!);
        Assert.Equal(testF, string.Join("|", json["closed_forms"]!["f_test"]!.AsArray().Select(v => (string)v!["fraction"]!)));
        Assert.Equal(testG, string.Join("|", json["closed_forms"]!["g_test"]!.AsArray().Select(v => (string)v!["fraction"]!)));
    }
}
