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
