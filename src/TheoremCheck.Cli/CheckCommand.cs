using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TheoremCheck.Claims;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck check</c>: runs the claims of the property suite (the same objects the xunit properties run)
/// and prints a claims table, under one replay seed or several (<c>--seeds</c>), claims and seeds on all threads;
/// or evaluates one printed instance (<c>--instance</c>). Exit 0 when every theorem holds and every false statement
/// is refuted within its shrink bound, 1 otherwise.
/// </summary>
public static class CheckCommand
{
    /// <summary>More seeds than this is a job for a cluster, not one command.</summary>
    public const int MaximumSeeds = 10_000;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("check", "Check the claims of THEORY.md by property-based testing and print a claims table.");
        var claim = new Option<string[]>("--claim") { Description = "check only these claims (repeatable; a unique prefix is enough); default all", AllowMultipleArgumentsPerToken = true };
        var scale = new Option<string?>("--scale") { Description = $"multiply cases and sizes, e.g. 4 or 0.5 (default: {SuiteSettings.ScaleVariable} or 1)" };
        var replay = new Option<string?>("--replay") { Description = "FsCheck seed 'seed' or 'seed,gamma' (default: fixed, printed); with --seeds, the first seed" };
        var seeds = new Option<string?>("--seeds") { Description = "check each claim under N replay seeds: 0..N-1, or from --replay on; report counts and worst cases" };
        var instance = new Option<string?>("--instance") { Description = "evaluate exactly this printed instance of the one --claim (no search)" };
        var threads = new Option<string?>("--threads") { Description = "claims and seeds checked at once (default: every core, or THEOREMCHECK_THREADS)" };
        var json = new Option<bool>("--json") { Description = "print JSON instead of the table" };
        var list = new Option<bool>("--list") { Description = "list the claims and their statements without checking" };
        foreach (var option in new Option[] { claim, scale, replay, seeds, instance, threads, json, list }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var names = parse.GetValue(claim) ?? [];
            IReadOnlyList<Claim> claims;
            try { claims = names.Length == 0 ? ClaimRegistry.All : names.Select(ClaimRegistry.Find).Distinct().ToList(); }
            catch (ArgumentException e) { throw new ConfigException("--claim", $"--claim: {e.Message}"); }
            var settings = Settings(parse.GetValue(scale), parse.GetValue(replay));
            int? seedCount = parse.GetValue(seeds) is { } seedText ? PositiveInteger("--seeds", seedText, MaximumSeeds) : null;
            int threadCount = parse.GetValue(threads) is { } threadText ? PositiveInteger("--threads", threadText, 1024) : Parallelism.MaxThreads;
            bool asJson = parse.GetValue(json);
            if (parse.GetValue(list))
            {
                foreach (var c in claims) stdout.WriteLine($"{c.Name,-30} {c.Section,-24} {(c.Kind == ClaimKind.Theorem ? "theorem" : "false statement")}: {c.Statement}");
                return ExitCodes.Success;
            }
            if (parse.GetValue(instance) is { } instanceText)
            {
                if (names.Length != 1) throw new ConfigException("--instance", "--instance needs exactly one --claim naming the claim to evaluate it under");
                if (seedCount is not null) throw new ConfigException("--instance", "--instance evaluates one instance; it does not take --seeds");
                return EvaluateInstance(claims[0], instanceText, asJson, stdout);
            }
            if (seedCount is { } count)
            {
                var first = parse.GetValue(replay) is null ? new ReplaySeed(0, ReplaySeed.DefaultGamma) : settings.Replay;
                var seedList = ClaimRunner.Seeds(first, count);
                var progress = Progress(stderr, asJson, claims.Count * count);
                var series = ClaimRunner.Run(claims, seedList, settings.Scale, threadCount, progress);
                stdout.WriteLine(asJson ? SeriesJson(series, settings.Scale, seedList).ToJsonString(Reports.JsonOptions) : SeriesTable(series, settings.Scale, seedList));
                return series.All(s => s.AsExpected == s.Seeds) ? ExitCodes.Success : ExitCodes.RunFailed;
            }
            var reports = ClaimRunner.Run(claims, [settings.Replay], settings.Scale, threadCount, Progress(stderr, asJson, claims.Count))
                .Select(s => s.Reports[0]).ToList();
            stdout.WriteLine(asJson ? Json(reports).ToJsonString(Reports.JsonOptions) : Table(reports, settings));
            return reports.All(r => r.AsExpected) ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }

    private static Action<ClaimReport>? Progress(TextWriter stderr, bool quiet, int total)
    {
        if (quiet) return null;
        int done = 0;
        var gate = new object();
        return report =>
        {
            lock (gate)
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{++done}/{total}] {report.Claim.Name} seed {report.Replay.Seed}: {report.ResultText} ({report.Seconds:F1} s)"));
        };
    }

    private static int EvaluateInstance(Claim claim, string text, bool asJson, TextWriter stdout)
    {
        CaseVerdict verdict;
        try { verdict = claim.EvaluateText(text); }
        catch (ArgumentException e) { throw new ConfigException("--instance", $"--instance: {Plain(e)}"); }
        catch (Exception e) when (e is not ConfigException)
        {
            throw new ConfigException("--instance", $"--instance: the instance cannot be evaluated under {claim.Name} ({Plain(e)})");
        }
        // A theorem is contradicted, or a false statement refuted, exactly when the statement fails on the instance.
        string result = (claim.Kind, verdict.Holds, verdict.PreconditionHeld) switch
        {
            (_, true, false) => "precondition not met (vacuous)",
            (ClaimKind.Theorem, true, _) => "holds",
            (ClaimKind.Theorem, false, _) => "COUNTEREXAMPLE",
            (ClaimKind.FalseStatement, false, _) => "refutes the statement",
            (ClaimKind.FalseStatement, true, _) => "does not refute the statement",
            _ => throw new ArgumentOutOfRangeException(nameof(claim), claim.Kind, "unknown claim kind"),
        };
        if (asJson)
        {
            stdout.WriteLine(new JsonObject
            {
                ["claim"] = claim.Name, ["instance"] = text, ["result"] = result, ["precondition_held"] = verdict.PreconditionHeld,
                ["holds"] = verdict.Holds, ["looseness"] = verdict.Looseness, ["detail"] = verdict.Detail,
            }.ToJsonString(Reports.JsonOptions));
        }
        else
        {
            stdout.WriteLine($"{claim.Name} ({claim.Section}): {result}");
            stdout.WriteLine($"  statement:    {claim.Statement}");
            stdout.WriteLine($"  precondition: {claim.Precondition}; {(verdict.PreconditionHeld ? "held" : "did not hold")}");
            if (verdict.Looseness is { } looseness) stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  observed / bound: {looseness:F3}"));
            stdout.WriteLine($"  detail: {verdict.Detail}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The message without the " (Parameter 'name')" that .NET appends to argument exceptions.</summary>
    private static string Plain(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "") : e.Message;

    private static int PositiveInteger(string option, string text, int maximum)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 1 || value > maximum)
            throw new ConfigException(option, $"{option} must be a whole number from 1 to {maximum}, got '{text}'");
        return value;
    }

    private static SuiteSettings Settings(string? scale, string? replay)
    {
        SuiteSettings settings;
        try { settings = SuiteSettings.FromEnvironment(); }
        catch (ArgumentException e) { throw new ConfigException("--scale", e.Message); }
        if (scale is not null)
        {
            try { settings = settings with { Scale = SuiteSettings.ParseScale(scale, "--scale") }; }
            catch (ArgumentException e) { throw new ConfigException("--scale", e.Message); }
        }
        if (replay is not null)
        {
            try { settings = settings with { Replay = ReplaySeed.Parse(replay) }; }
            catch (ArgumentException e) { throw new ConfigException("--replay", $"--replay: {e.Message}"); }
        }
        return settings;
    }

    private static string Ratio(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

    public static string Table(IReadOnlyList<ClaimReport> reports, SuiteSettings settings)
    {
        var s = new StringBuilder();
        s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"TheoremCheck claims (scale {settings.Scale:G}, FsCheck seed {settings.Replay})"));
        s.AppendLine($"{"claim",-30} {"section",-24} {"cases",6} {"precond.",8} {"obs/bound",9} {"worst",7} {"seconds",8}  result");
        foreach (var r in reports)
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Claim.Name,-30} {r.Claim.Section,-24} {r.Cases,6} {r.PreconditionShare,8:P0} {Ratio(r.LoosenessMedian),9} {Ratio(r.LoosenessWorst),7} {r.Seconds,8:F1}  {r.ResultText}"));
        s.AppendLine("obs/bound: median over the cases of the observed error divided by its bound; worst: the largest (≤ 1 when the claim holds)");
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

    public static string SeriesTable(IReadOnlyList<ClaimSeries> series, double scale, IReadOnlyList<ReplaySeed> seeds)
    {
        var s = new StringBuilder();
        s.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"TheoremCheck claims under {seeds.Count} replay seeds {seeds[0].Seed}..{seeds[^1].Seed} (gamma {seeds[0].Gamma}), scale {scale:G}"));
        s.AppendLine($"{"claim",-30} {"kind",-9} {"expected",9} {"passed",6} {"refuted",7} {"cases",7} {"precond.",8} {"obs/bound",9} {"worst",7} {"seconds",8}");
        foreach (var c in series)
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Claim.Name,-30} {(c.Claim.Kind == ClaimKind.Theorem ? "theorem" : "false"),-9} {$"{c.AsExpected}/{c.Seeds}",9} {c.Passed,6} {c.Refuted,7} {c.Cases,7} {c.PreconditionShareMin,8:P0} {Ratio(c.LoosenessMedian),9} {Ratio(c.LoosenessWorst),7} {c.Seconds,8:F1}"));
        s.AppendLine("expected: seeds at which a theorem held or a false statement was refuted within its shrink bound; precond.: the smallest share over the seeds");
        foreach (var c in series)
        {
            var lines = new List<string>();
            if (c.FirstUnexpected is { } bad)
            {
                lines.Add($"  first seed against expectation: {bad.Replay.Seed}: {bad.ResultText}");
                if (bad.CounterexampleText is not null) lines.Add($"    {bad.CounterexampleText}");
                if (bad.Detail is not null) lines.Add($"    why: {bad.Detail}");
            }
            if (c.WorstLooseness is { } worst)
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  smallest margin: observed / bound {worst.LoosenessWorst:F3} at seed {worst.Replay.Seed}: {worst.WorstLoosenessText}"));
            if (c.Claim.Kind == ClaimKind.FalseStatement && c.ShrunkSizes.Count > 0)
            {
                var bound = InstanceSize.BoundFor(c.Claim, c.Reports.Select(r => r.Counterexample).FirstOrDefault(x => x is not null));
                lines.Add($"  shrunk sizes over {c.ShrunkSizes.Count} refutations (stated bound {bound?.ToString() ?? "none"}):");
                lines.Add($"    N {Distribution(c.ShrunkSizes.Select(z => z.Samples))}; d {Distribution(c.ShrunkSizes.Select(z => z.Dimension))}; m {Distribution(c.ShrunkSizes.Select(z => z.Width))}");
            }
            if (lines.Count == 0) continue;
            s.AppendLine();
            s.AppendLine($"{c.Claim.Name}:");
            foreach (var line in lines) s.AppendLine(line);
        }
        int unexpected = series.Sum(c => c.Seeds - c.AsExpected);
        s.AppendLine();
        s.Append(unexpected == 0 ? "all claims as expected at every seed" : $"{unexpected} (claim, seed) check(s) not as expected");
        return s.ToString();
    }

    /// <summary>"1×40 2×55 3×5": each value with how often it occurs, ascending.</summary>
    public static string Distribution(IEnumerable<int> values) =>
        string.Join(" ", values.GroupBy(v => v).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    public static JsonArray Json(IReadOnlyList<ClaimReport> reports) => new(reports.Select(r => (JsonNode)ReportJson(r, withStatement: true)).ToArray());

    private static JsonObject ReportJson(ClaimReport r, bool withStatement)
    {
        var node = new JsonObject
        {
            ["claim"] = r.Claim.Name, ["section"] = r.Claim.Section, ["kind"] = r.Claim.Kind == ClaimKind.Theorem ? "theorem" : "false-statement",
        };
        if (withStatement)
        {
            node["statement"] = r.Claim.Statement;
            node["precondition"] = r.Claim.Precondition;
        }
        node["cases"] = r.Cases;
        node["precondition_share"] = Math.Round(r.PreconditionShare, 4);
        node["result"] = r.Outcome.ToString().ToLowerInvariant();
        node["as_expected"] = r.AsExpected;
        node["looseness_median"] = r.LoosenessMedian is { } median ? Math.Round(median, 6) : null;
        node["looseness_worst"] = r.LoosenessWorst is { } worst ? Math.Round(worst, 6) : null;
        node["looseness_worst_instance"] = r.WorstLoosenessText;
        node["counterexample"] = r.CounterexampleText;
        node["counterexample_size"] = InstanceSize.Of(r.Counterexample) is { } size
            ? new JsonObject { ["N"] = size.Samples, ["d"] = size.Dimension, ["m"] = size.Width } : null;
        node["detail"] = r.Detail;
        node["shrinks"] = r.Shrinks;
        node["replay"] = r.Replay.ToString();
        node["scale"] = r.Scale;
        node["seconds"] = Math.Round(r.Seconds, 3);
        node["cases_per_second"] = r.Seconds > 0 ? Math.Round(r.Cases / r.Seconds, 1) : null;
        return node;
    }

    public static JsonObject SeriesJson(IReadOnlyList<ClaimSeries> series, double scale, IReadOnlyList<ReplaySeed> seeds) => new()
    {
        ["scale"] = scale,
        ["seeds"] = new JsonArray(seeds.Select(s => (JsonNode)JsonValue.Create(s.ToString())!).ToArray()),
        ["claims"] = new JsonArray(series.Select(c => (JsonNode)new JsonObject
        {
            ["claim"] = c.Claim.Name, ["kind"] = c.Claim.Kind == ClaimKind.Theorem ? "theorem" : "false-statement",
            ["statement"] = c.Claim.Statement,
            ["seeds"] = c.Seeds, ["as_expected"] = c.AsExpected, ["passed"] = c.Passed, ["refuted"] = c.Refuted, ["cases"] = c.Cases,
            ["precondition_share_min"] = Math.Round(c.PreconditionShareMin, 4),
            ["looseness_median"] = c.LoosenessMedian is { } median ? Math.Round(median, 6) : null,
            ["looseness_worst"] = c.LoosenessWorst is { } worst ? Math.Round(worst, 6) : null,
            ["worst_seed"] = c.WorstLooseness?.Replay.ToString(),
            ["worst_instance"] = c.WorstLooseness?.WorstLoosenessText,
            ["shrink_bound"] = InstanceSize.BoundFor(c.Claim, c.Reports.Select(r => r.Counterexample).FirstOrDefault(x => x is not null)) is { } b
                ? new JsonObject { ["N"] = b.Samples, ["d"] = b.Dimension, ["m"] = b.Width } : null,
            ["runs"] = new JsonArray(c.Reports.Select(r => (JsonNode)ReportJson(r, withStatement: false)).ToArray()),
        }).ToArray()),
    };
}
