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
        Assert.True((double)json["peak_gflops"]! > 0);
        var steps = json["training_step"]!.AsArray();
        Assert.Equal(3, steps.Count);
        foreach (var step in steps)
        {
            Assert.True((double)step!["gflops"]! > 0);
            Assert.True((double)step["share_of_peak"]! > 0);
            Assert.True((long)step["allocated_bytes_per_step"]! >= 0);
        }
        Assert.True((double)json["canonical"]!["wall_seconds_median"]! > 0);
        Assert.True((double)json["canonical"]!["peak_working_set_mb"]! > 0);
    }
}
