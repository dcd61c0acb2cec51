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
            // Shares are of the median all-thread peak. The JSON rounds GFLOP/s and the peak to 2 decimals (each off by
            // at most 0.005) and the share to 4 (off by 0.00005), so g/p from the printed values is off from the share
            // by at most share·(0.005/g + 0.005/p) to first order, plus 0.00005; a tiny peak on a loaded machine makes
            // that large, hence a relative bound rather than fixed decimals.
            double gflops = (double)step["gflops"]!, median = (double)peak["all_threads"]!["median"]!, share = (double)step["share_of_peak"]!;
            double bound = 1.01 * share * (0.005 / gflops + 0.005 / median) + 0.00005;
            Assert.InRange(gflops / median - share, -bound, bound);
            Assert.True((long)step["allocated_bytes_per_step"]! >= 0);
        }
        Assert.Equal(TheoremCheck.Numerics.VectorPaths.Supported.Count, json["products_per_path"]!["paths"]!.AsArray().Count);
        Assert.True((double)json["canonical"]!["wall_seconds_median"]! > 0);
        Assert.True((double)json["canonical"]!["peak_working_set_mb"]! > 0);
        Assert.Contains("GFLOP/s by vector path", BenchCommand.Text(json));
    }
}
