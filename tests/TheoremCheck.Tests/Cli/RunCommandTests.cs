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
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("acc_f,acc_g,agreement,cossim", lines[0]);
            Assert.Equal(json.RootElement.GetProperty("acc_f").GetDouble(), double.Parse(lines[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
            var report = File.ReadAllText(Path.Combine(dir, "report.md"));
            Assert.Contains("theoremcheck run --dim 5 --samples 20 --test-samples 10 --width 8 --epochs-f 3 --epochs-g 3", report);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp*"));
        }
        finally { Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true); }
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
        Assert.Equal(accF, (string)json["acc_f"]!);
        Assert.Equal(accG, (string)json["acc_g"]!);
        Assert.Equal(agreement, (string)json["agreement"]!);
        Assert.Equal(timeF, (string)json["t_f"]!);
        Assert.Equal(timeG, (string)json["t_g"]!);
        Assert.Equal(flippedF, (int)json["flipped_f"]!);
        Assert.Equal(flippedG, (int)json["flipped_g"]!);
        Assert.Equal(testF, string.Join("|", json["f_test"]!.AsArray().Select(v => (string)v!)));
        Assert.Equal(testG, string.Join("|", json["g_test"]!.AsArray().Select(v => (string)v!)));
    }
}
