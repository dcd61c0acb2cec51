using System.Text.Json.Nodes;
using TheoremCheck.Claims;
using TheoremCheck.Cli;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties;

/// <summary>
/// `theoremcheck check` runs the same claims and reports them as a table or JSON. These tests run under whatever
/// THEOREMCHECK_REPLAY and THEOREMCHECK_SCALE say, so they read the seed from the settings rather than assume it.
/// </summary>
public sealed class CheckCommandTests
{
    private static (int Code, string Out, string Err) Check(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Invoke(["check", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_of_one_claim_prints_json_with_cases_share_and_seed()
    {
        var (code, output, _) = Check("--claim", "E3-lazy-closed-form", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var row = JsonNode.Parse(output)!.AsArray().Single()!;
        var settings = SuiteSettings.FromEnvironment();
        Assert.Equal("E3-lazy-closed-form", (string?)row["claim"]);
        Assert.Equal(settings.ScaledCases(ExactClaims.LazyClosedFormClaim.Cases), (int)row["cases"]!);
        Assert.InRange((double)row["precondition_share"]!, 0.3, 1.0);
        Assert.Equal(settings.Replay.ToString(), (string?)row["replay"]);
        Assert.Equal((double)row["cases"]! / (double)row["seconds"]!, (double)row["cases_per_second"]!, 0.05 * (double)row["cases_per_second"]! + 0.1);
    }

    [Fact]
    public void Refuted_false_statement_prints_its_counterexample_replay_seed_and_instance_command()
    {
        var (code, output, _) = Check("--claim", "sign-agreement-unconditional");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("refuted (expected)", output);
        Assert.Contains("WideInstance.Parse(", output);
        Assert.Contains("--replay ", output);
        Assert.Contains("--instance 'WideInstance.Parse(", output);
    }

    [Fact]
    public void A_printed_counterexample_replays_alone_with_instance()
    {
        var report = WideClaims.SignAgreementEverywhere.Check(SuiteSettings.FromEnvironment());
        var (code, output, _) = Check("--claim", "sign-agreement", "--instance", report.CounterexampleText!, "--json");
        Assert.Equal(ExitCodes.Success, code);
        var result = JsonNode.Parse(output)!;
        Assert.Equal("refutes the statement", (string?)result["result"]);
        Assert.Equal(report.Detail, (string?)result["detail"]);
    }

    [Fact]
    public void Seeds_report_counts_per_claim_and_the_shrunk_sizes()
    {
        var (code, output, _) = Check("--claim", "sign-agreement-unconditional", "--claim", "limit-objects", "--seeds", "2", "--replay", "40", "--scale", "0.5", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var result = JsonNode.Parse(output)!;
        Assert.Equal(new[] { "40", "41" }, result["seeds"]!.AsArray().Select(s => ((string)s!).Split(',')[0]));
        var claims = result["claims"]!.AsArray();
        Assert.Equal(["sign-agreement-unconditional", "limit-objects"], claims.Select(c => (string)c!["claim"]!));
        foreach (var claim in claims)
        {
            Assert.Equal(2, (int)claim!["as_expected"]!);
            Assert.Equal(2, claim["runs"]!.AsArray().Count);
        }
        Assert.Equal(2, (int)claims[0]!["refuted"]!);
        Assert.Equal(2, (int)claims[1]!["passed"]!);
        Assert.NotNull(claims[1]!["looseness_worst"]);
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var claims = new Claim[] { WideClaims.SignAgreementEverywhere, WideClaims.PredictionMatchingZeroConstants, WideClaims.LimitObjects, ExactClaims.LazyWithoutNoFlip };
        var seeds = ClaimRunner.Seeds(new ReplaySeed(7, ReplaySeed.DefaultGamma), 2);
        int saved = Parallelism.MaxThreads;
        IReadOnlyList<ClaimSeries> one, two;
        try
        {
            Parallelism.MaxThreads = 1;
            one = ClaimRunner.Run(claims, seeds, 0.5, threads: 1);
            Parallelism.MaxThreads = Math.Max(2, saved);
            two = ClaimRunner.Run(claims, seeds, 0.5, threads: 2);
        }
        finally
        {
            Parallelism.MaxThreads = saved;
        }
        static string Fingerprint(ClaimReport r) =>
            $"{r.Claim.Name} {r.Replay} {r.Outcome} {r.Cases} {r.PreconditionShare:R} {r.CounterexampleText} {r.Shrinks} {r.Detail} " +
            string.Join(",", r.Looseness.Select(v => v.ToString("R")));
        Assert.Equal(one.SelectMany(s => s.Reports).Select(Fingerprint), two.SelectMany(s => s.Reports).Select(Fingerprint));
    }

    [Theory]
    [InlineData("C2", "C2-prediction-matching, C2-zero-constants")]
    [InlineData("C1-drection", "did you mean C1-direction")]
    public void Claim_names_must_be_unique_prefixes_and_unknown_ones_get_suggestions(string name, string expected)
    {
        var (code, _, error) = Check("--claim", name, "--list");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: --claim", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_unique_prefix_selects_its_claim()
    {
        var (code, output, _) = Check("--claim", "C1", "--list");
        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("C1-direction ", output);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("--claim", "no-such-claim")]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "1.5x")]
    [InlineData("--scale", "1000")]
    [InlineData("--seeds", "-1")]
    [InlineData("--seeds", "two")]
    [InlineData("--threads", "0")]
    [InlineData("--replay", "1,2")]
    public void Bad_options_exit_with_usage_code_and_name_the_option_in_one_line(string option, string value)
    {
        var (code, _, error) = Check(option, value, "--list");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith($"error: {option}", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("System.", error);
    }

    [Theory]
    [InlineData("WideInstance.Parse(\"data=Gauss | d=1\")", "missing field")]
    [InlineData("data=Gauss | d=1 | N=1 | tests=1 | m=1 | gamma=2 | eta=1 | stepsF=1 | stepsG=1 | epsilon=1 | seed=0", "gamma must be")]
    [InlineData("data=Gauss | d=1 | N=1 | tests=1 | m=1 | gamma=0 | eta=1 | stepsF=1 | stepsG=1 | epsilon=1 | seed=0 | colour=red", "unknown field 'colour'")]
    public void A_malformed_instance_is_one_line_naming_the_problem(string instance, string expected)
    {
        var (code, _, error) = Check("--claim", "sign-agreement-unconditional", "--instance", instance);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: --instance", error);
        Assert.Contains(expected, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Instance_needs_exactly_one_claim()
    {
        var (code, _, error) = Check("--instance", "data=Gauss");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("exactly one --claim", error);
    }

    [Theory]
    [InlineData("0.5", 20)]
    [InlineData("1.5", 60)]
    public void Fractional_scales_scale_the_cases(string scale, int cases)
    {
        var (code, output, _) = Check("--claim", "limit-objects", "--scale", scale, "--json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(cases, (int)JsonNode.Parse(output)!.AsArray().Single()!["cases"]!);
    }
}
