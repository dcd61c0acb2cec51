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

    /// <summary>Exact runs printed with the prefix-stable draw order of data and weights; the rationals must not move.</summary>
    [Theory]
    [InlineData("--samples 6 --test-samples 3 --dim 3 --width 4 --epochs-f 3 --epochs-g 3",
        "1/2", "1/2", "0", "561/100", "561/100", 2, 0,
        "3833913/26214400|-50515033/83886080|-17112331/20971520",
        "0|679872465575036721145893/890654108832353484800000|727101953820054906714709/1781308217664706969600000")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5",
        "1", "3/5", "1/3", "9049/2000", "29/20", 14, 0,
        "-1648456941/167772160000|-250248929547/167772160000|461127327/838860800",
        "666882510814784287590561311370935387695516222063/5772939422006291491189274429488566328374067200000|92155034268923531940152596810604766578085391541/354478736438982810862499307073859335952793600000|392342404214128461426697813743077624380087245911/3367547996170336703193743417201663691551539200000")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5 --momentum 0 --epsilon 0.1",
        "1", "3/5", "1/3", "2", "1", 6, 0,
        "-558009/41943040|-1977753/2621440|1743135/8388608",
        "4648215109547638671422210951/59829281418843939977035776000|6947450679507094085194081/56201182837866137124864000|44565916084039855060832107223/538463532769595459793321984000")]
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
