using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Properties;

/// <summary>`theoremcheck check` runs the same claims and reports them as a table or JSON.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Check_of_one_claim_prints_json_with_cases_share_and_seed()
    {
        var stdout = new StringWriter();
        int code = CommandLine.Invoke(["check", "--claim", "E3-lazy-closed-form", "--json"], stdout, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        var row = JsonNode.Parse(stdout.ToString())!.AsArray().Single()!;
        Assert.Equal("E3-lazy-closed-form", (string?)row["claim"]);
        Assert.True((int)row["cases"]! >= 200);
        Assert.InRange((double)row["precondition_share"]!, 0.3, 1.0);
        Assert.Equal("20241029,11400714819323198485", (string?)row["replay"]);
        Assert.Equal((double)row["cases"]! / (double)row["seconds"]!, (double)row["cases_per_second"]!, 0.05 * (double)row["cases_per_second"]! + 0.1);
        Assert.True((double)row["cpu_seconds"]! > 0);
    }

    [Fact]
    public void Refuted_false_statement_prints_its_counterexample_and_replay_seed()
    {
        var stdout = new StringWriter();
        int code = CommandLine.Invoke(["check", "--claim", "E2-span-gaussian-init"], stdout, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("refuted (expected)", stdout.ToString());
        Assert.Contains("ExactInstance.Parse(", stdout.ToString());
        Assert.Contains("--replay 20241029,", stdout.ToString());
    }

    [Theory]
    [InlineData("--claim", "no-such-claim")]
    [InlineData("--scale", "0")]
    [InlineData("--replay", "1,2")]
    public void Bad_options_exit_with_usage_code(string option, string value)
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CommandLine.Invoke(["check", option, value], new StringWriter(), stderr));
        Assert.StartsWith("error: ", stderr.ToString());
    }
}
