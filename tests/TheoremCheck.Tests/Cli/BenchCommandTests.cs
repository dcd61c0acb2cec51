using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public class BenchCommandTests
{
    [Fact]
    public void QuickBenchRunsThroughTheCommandLine()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Invoke(["bench", "--quick", "--json"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var json = JsonNode.Parse(stdout.ToString())!.AsObject();
        var peak = json["peak_gflops"]!.AsObject();
        // The quick mode measures the peak as the full mode does, with fewer repetitions.
        Assert.Equal(BenchCommand.PeakRepetitions(quick: true), (int)peak["repetitions"]!);
        foreach (var spread in new[] { peak["one_thread"]!, peak["all_threads"]! })
        {
            Assert.True((double)spread["min"]! > 0);
            Assert.True((double)spread["min"]! <= (double)spread["median"]! && (double)spread["median"]! <= (double)spread["max"]!);
        }
        var steps = json["training_step"]!.AsArray();
        Assert.Equal(3, steps.Count);
        foreach (var step in steps)
        {
            Assert.True((double)step!["gflops"]! > 0);
            // Shares are of the median all-thread peak.
            Assert.Equal((double)step["gflops"]! / (double)peak["all_threads"]!["median"]!, (double)step["share_of_peak"]!, 2);
            Assert.True((long)step["allocated_bytes_per_step"]! >= 0);
        }
        Assert.Equal(TheoremCheck.Numerics.VectorPaths.Supported.Count, json["products_per_path"]!["paths"]!.AsArray().Count);
        Assert.True((double)json["canonical"]!["wall_seconds_median"]! > 0);
        Assert.True((double)json["canonical"]!["peak_working_set_mb"]! > 0);
        Assert.Contains("GFLOP/s by vector path", BenchCommand.Text(json));
    }
}
