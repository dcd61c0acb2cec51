using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using TheoremCheck.Claims;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck check</c>: runs the claims of the property suite (the same objects the xunit properties run)
/// and prints a claims table. Exit 0 when every theorem holds and every false statement is refuted, 1 otherwise.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("check", "Check the claims of THEORY.md by property-based testing and print a claims table.");
        var claim = new Option<string[]>("--claim") { Description = "check only these claims (repeatable); default all", AllowMultipleArgumentsPerToken = true };
        var scale = new Option<int?>("--scale") { Description = $"multiply cases and sizes (default: {SuiteSettings.ScaleVariable} or 1)" };
        var replay = new Option<string?>("--replay") { Description = "FsCheck seed 'seed' or 'seed,gamma' (default: fixed, printed)" };
        var json = new Option<bool>("--json") { Description = "print a JSON array instead of the table" };
        var list = new Option<bool>("--list") { Description = "list the claims and their statements without checking" };
        command.Options.Add(claim);
        command.Options.Add(scale);
        command.Options.Add(replay);
        command.Options.Add(json);
        command.Options.Add(list);
        command.SetAction(parse =>
        {
            var settings = Settings(parse.GetValue(scale), parse.GetValue(replay));
            var names = parse.GetValue(claim) ?? [];
            IReadOnlyList<Claim> claims;
            try { claims = names.Length == 0 ? ClaimRegistry.All : names.Select(ClaimRegistry.Find).ToList(); }
            catch (ArgumentException e) { throw new ConfigException("--claim", $"--claim: {e.Message}"); }
            if (parse.GetValue(list))
            {
                foreach (var c in claims) stdout.WriteLine($"{c.Name,-30} {c.Section,-16} {(c.Kind == ClaimKind.Theorem ? "theorem" : "false statement")}: {c.Statement}");
                return ExitCodes.Success;
            }
            bool asJson = parse.GetValue(json);
            var reports = new List<ClaimReport>();
            var cpuSeconds = new List<double>();
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            foreach (var c in claims)
            {
                if (!asJson) stderr.WriteLine($"checking {c.Name} ...");
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                reports.Add(c.Check(settings));
                process.Refresh();
                cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
            }
            stdout.WriteLine(asJson ? Json(reports, cpuSeconds).ToJsonString(Reports.JsonOptions) : Table(reports, settings));
            return reports.All(r => r.AsExpected) ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }

    private static SuiteSettings Settings(int? scale, string? replay)
    {
        SuiteSettings settings;
        try { settings = SuiteSettings.FromEnvironment(); }
        catch (ArgumentException e) { throw new ConfigException("--scale", e.Message); }
        if (scale is { } k)
        {
            if (k < 1) throw new ConfigException("--scale", $"--scale must be a positive integer, got {k}");
            settings = settings with { Scale = k };
        }
        if (replay is not null)
        {
            try { settings = settings with { Replay = ReplaySeed.Parse(replay) }; }
            catch (ArgumentException e) { throw new ConfigException("--replay", $"--replay: {e.Message}"); }
        }
        return settings;
    }

    public static string Table(IReadOnlyList<ClaimReport> reports, SuiteSettings settings)
    {
        var s = new System.Text.StringBuilder();
        s.AppendLine($"TheoremCheck claims (scale {settings.Scale}, FsCheck seed {settings.Replay})");
        s.AppendLine($"{"claim",-30} {"section",-14} {"cases",6} {"precond.",8} {"seconds",8}  result");
        foreach (var r in reports)
            s.AppendLine($"{r.Claim.Name,-30} {r.Claim.Section,-14} {r.Cases,6} {r.PreconditionShare.ToString("P0", CultureInfo.InvariantCulture),8} {r.Seconds.ToString("F1", CultureInfo.InvariantCulture),8}  {r.ResultText}");
        foreach (var r in reports.Where(r => r.CounterexampleText is not null || !r.AsExpected))
        {
            s.AppendLine();
            s.AppendLine(r.Describe());
        }
        int unexpected = reports.Count(r => !r.AsExpected);
        s.AppendLine();
        s.Append(unexpected == 0 ? "all claims as expected" : $"{unexpected} claim(s) not as expected");
        return s.ToString();
    }

    /// <param name="cpuSeconds">processor time of the whole process (all threads) per claim: on a shared machine
    /// wall seconds follow the load, processor time much less.</param>
    public static JsonArray Json(IReadOnlyList<ClaimReport> reports, IReadOnlyList<double> cpuSeconds) => new(reports.Select((r, k) => (JsonNode)new JsonObject
    {
        ["claim"] = r.Claim.Name, ["section"] = r.Claim.Section, ["kind"] = r.Claim.Kind == ClaimKind.Theorem ? "theorem" : "false-statement",
        ["statement"] = r.Claim.Statement, ["precondition"] = r.Claim.Precondition,
        ["cases"] = r.Cases, ["precondition_share"] = Math.Round(r.PreconditionShare, 4),
        ["result"] = r.Outcome.ToString().ToLowerInvariant(), ["as_expected"] = r.AsExpected,
        ["counterexample"] = r.CounterexampleText, ["detail"] = r.Detail, ["shrinks"] = r.Shrinks,
        ["replay"] = r.Replay.ToString(), ["scale"] = r.Scale, ["seconds"] = Math.Round(r.Seconds, 3),
        // Throughput of the whole check; a refuted claim's seconds include the shrinking after its counterexample.
        ["cases_per_second"] = r.Seconds > 0 ? Math.Round(r.Cases / r.Seconds, 1) : null,
        ["cpu_seconds"] = Math.Round(cpuSeconds[k], 3),
    }).ToArray());
}
