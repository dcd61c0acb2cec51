using System.CommandLine;
using System.Globalization;
using System.Text;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck sweep</c>: the pipeline for each value of one option (or of a grid of two, <c>--param2</c>) and
/// several seeds, a table with mean and spread per value, plots like the paper's figures and heat maps over a grid;
/// shardable and resumable.
/// </summary>
public static class SweepCommand
{
    /// <summary>Flags of the plan's own fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> OtherFields = new Dictionary<string, string>
    {
        [SweepPlan.ParameterField] = "--param", [SweepPlan.ValuesField] = "--values", [SweepPlan.SeedsField] = "--seeds",
        [ParameterField2] = "--param2", [ValuesField2] = "--values2",
    };

    public const string ParameterField2 = "sweep.param2", ValuesField2 = "sweep.values2";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("sweep", "Run the pipeline for every value of one option (--param, --values) and --seeds seeds; write table, plots and report to --out.");
        var options = CommandLine.AddExperimentOptions(command);
        var param = new Option<string>("--param") { Description = "the option to sweep, any option of run without its dashes (width, dim, epsilon, ...), or several set together joined by ':' (dim:epsilon)" };
        var values = new Option<string>("--values") { Description = "its values, comma separated (semicolons when a value holds a comma, e.g. classes 1,2;3,8; joined by ':' for joined options, 10:0.0032)" };
        var param2 = new Option<string>("--param2") { Description = "a second option: the sweep runs the grid of both, drawn as heat maps, and the best over the second for each value of the first" };
        var values2 = new Option<string>("--values2") { Description = "the second option's values, as --values" };
        var seeds = new Option<int>("--seeds") { Description = "seeds per value: --seed, --seed + 1, ... [default: 3]", DefaultValueFactory = _ => 3,
            CustomParser = r => int.TryParse(r.Tokens.Count > 0 ? r.Tokens[0].Value : "", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int k) ? k : Fail(r) };
        var shard = new Option<string>("--shard") { Description = "run only part K of N of the sweep (K/N, 1 <= K <= N); combine the parts with merge" };
        var resume = new Option<bool>("--resume") { Description = "continue the sweep in --out, skipping the runs already finished" };
        var output = new Option<string>("--out") { Description = "output directory [default: results/sweep-<plan hash>, with -part-K-of-N for a shard]" };
        var json = new Option<bool>("--json") { Description = "print the summary as JSON instead of the table" };
        var preset = new Option<string>("--preset") { Description = "one of the reference's experiment families (--list-presets): its options, values and learning-rate grid; other options given here change it" };
        var scale = new Option<string>("--scale") { Description = "with --preset: reduced (runs here in minutes) or full (the reference's sizes, for a cluster with --shard) [default: reduced]" };
        var listPresets = new Option<bool>("--list-presets") { Description = "list the presets and exit" };
        var allowLong = LongWork.Option();
        foreach (var option in new Option[] { param, values, param2, values2, seeds, preset, scale, listPresets, shard, resume, output, json, allowLong }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            if (parse.GetValue(listPresets))
            {
                stdout.WriteLine(PresetList());
                return ExitCodes.Success;
            }
            SweepPlan plan;
            if (parse.GetValue(preset) is { } presetName)
            {
                foreach (var (flag, option) in new (string, Option)[] { ("--param", param), ("--values", values), ("--param2", param2), ("--values2", values2) })
                    if (parse.GetResult(option) is { Implicit: false }) throw ConfigException.Named(flag, $"is fixed by --preset {presetName}; leave it out, or sweep without the preset");
                var family = SweepPresets.Find(presetName)
                    ?? throw ConfigException.Named("--preset", $"unknown preset '{presetName}'{Spelling.Suggestion(presetName, SweepPresets.All.Select(p => p.Name))}; --list-presets lists them");
                bool full = parse.GetValue(scale) switch
                {
                    null or "reduced" => false,
                    "full" => true,
                    var other => throw ConfigException.Named("--scale", $"must be reduced or full, got '{other}'"),
                };
                var (presetSpec, given) = CommandLine.ReadSpec(parse, options, ExperimentOptions.Build(family.Options(full)));
                int seedCount = parse.GetResult(seeds) is { Implicit: false } ? parse.GetValue(seeds) : family.SeedsAt(full);
                plan = Plan(family.Parameter, string.Join(";", family.ValuesAt(full)), seedCount, presetSpec, given,
                    family.Parameter2, family.Values2 is null ? null : string.Join(";", family.Values2));
            }
            else
            {
                if (parse.GetResult(scale) is { Implicit: false }) throw ConfigException.Named("--scale", "applies only with --preset; leave it out");
                var (baseSpec, given) = CommandLine.ReadSpec(parse, options);
                plan = Plan(parse.GetValue(param), parse.GetValue(values), parse.GetValue(seeds), baseSpec, given, parse.GetValue(param2), parse.GetValue(values2));
            }
            var part = ParseShard(parse.GetValue(shard));
            LongWork.Check(LongWork.TrainingSeconds(LongWork.WithSizes(plan.Points.Where(part.Contains).Select(p => p.Spec))), parse.GetValue(allowLong),
                part.IsWhole ? "this sweep" : $"part {part} of this sweep", "the values, --seeds or the sizes (or split it with --shard K/N)");
            string directory = parse.GetValue(output) is { Length: > 0 } chosen ? chosen
                : OutputFiles.DefaultDirectory($"sweep-{plan.Fingerprint}" + (part.IsWhole ? "" : $"-part-{part.Index}-of-{part.Count}"));
            bool resuming = parse.GetValue(resume);
            if (!resuming || Directory.Exists(directory)) OutputFiles.PrepareDirectory("--out", directory);
            var provenance = Provenance.Current;
            var store = Open(directory, plan, part, resuming, provenance);
            string repeat = RepeatCommand(plan, part, directory);

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            SweepOutcome outcome;
            try
            {
                outcome = ProgressDisplay.Run(stderr, (progress, log) =>
                    SweepRunner.Run(store, progress: progress, cancel: cancel.Token, finished: log is null ? null : new RunLines(store, log)),
                    quiet: parse.GetValue(json), stageLines: false);
            }
            finally { Console.CancelKeyPress -= onCancel; }

            var rows = SweepOutput.Write(store, repeat, provenance);
            if (parse.GetValue(json))
                stdout.WriteLine(SweepOutput.SummaryJsonNode(store, rows, store.LoadRecords(), provenance).ToJsonString(Reports.JsonOptions));
            else
                stdout.WriteLine(Text(plan, part, rows, outcome, directory));
            if (outcome.Interrupted)
            {
                stderr.WriteLine($"error: interrupted after {outcome.Done} of {outcome.PointsInShard} runs; finished runs are kept, continue with: {repeat} --resume");
                return ExitCodes.RunFailed;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The presets, family by family: name, what it sweeps, and its values at both scales.</summary>
    public static string PresetList()
    {
        var s = new StringBuilder();
        foreach (var family in SweepPresets.All.GroupBy(p => p.Family))
        {
            s.AppendLine(family.Key + ":");
            foreach (var p in family)
            {
                s.AppendLine($"  {p.Name,-30} {p.Description}");
                s.AppendLine($"  {"",-30} --{p.Parameter} {string.Join(",", p.Values)}" + (p.Parameter2 is null ? "" : $"; best over --{p.Parameter2} {string.Join(",", p.Values2!)}") + $"; {p.Seeds} seeds");
                s.AppendLine($"  {"",-30} reduced: {string.Join(",", p.ReducedValues)}; {p.ReducedSeeds} seeds" + (p.ReducedArguments.Count == 0 ? "" : $"; {string.Join(" ", p.ReducedArguments)}"));
            }
        }
        return s.ToString().TrimEnd();
    }

    private static int Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--seeds: must be a positive integer, got '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}'");
        return 0;
    }

    public static Shard ParseShard(string? text) =>
        text is null ? Shard.Whole
        : Shard.TryParse(text, out var part) ? part
        : throw ConfigException.Named("--shard", $"must be K/N with 1 <= K <= N (part K of N), got '{text}'");

    /// <summary>
    /// The plan of the command line, every problem reported before any run with the option at fault. With a second
    /// parameter the plan runs every pair (<see cref="SweepGrid"/>), the first parameter outermost.
    /// </summary>
    public static SweepPlan Plan(string? parameter, string? valueText, int seedCount, ExperimentSpec baseSpec, IReadOnlyList<ExperimentOption> given,
        string? parameter2 = null, string? valueText2 = null)
    {
        var (axis, swept) = SweepAxes.Parse(parameter, "--param", "--values");
        var values = ParseValues(valueText);
        Repeated(values, "--values");
        if (parameter2 is null != valueText2 is null)
            throw ConfigException.Named(parameter2 is null ? "--values2" : "--param2", "needs " + (parameter2 is null ? "--param2" : "--values2") + " too: the second option and its values");
        if (parameter2 is not null)
        {
            var (axis2, swept2) = SweepAxes.Parse(parameter2, "--param2", "--values2");
            var shared = swept.Intersect(swept2).FirstOrDefault();
            if (shared is not null) throw ConfigException.Named("--param2", $"sets {shared.Key}, which --param already sweeps");
            var values2 = ParseValues(valueText2, "--values2");
            var bad = values.Select(v => ("--values", v)).Concat(values2.Select(v => ("--values2", v))).FirstOrDefault(x => x.v.Contains(SweepGrid.Separator));
            if (bad.v is not null) throw ConfigException.Named(bad.Item1, $"value '{bad.v}' contains '{SweepGrid.Separator}', which a grid uses between its two values");
            Repeated(values2, "--values2");
            axis = SweepGrid.Combine(axis, axis2);
            values = SweepGrid.Pairs(values, values2);
            swept = [.. swept, .. swept2];
        }
        SweepPlan plan;
        try { plan = SweepPlan.Create(axis, values, seedCount, baseSpec); }
        catch (SpecException e) { throw ExperimentOptions.Usage(e.Problems[0], OtherFields); }
        CommandLine.RequireApplicable(given.Concat(swept), plan.Points.Select(p => p.Spec).ToList());
        return plan;
    }

    private static void Repeated(IReadOnlyList<string> values, string flag)
    {
        var repeated = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw ConfigException.Named(flag, $"lists '{repeated.Key}' twice");
    }

    /// <summary>Values separated by commas, or by semicolons when the list holds one (for values such as 1,2 of --classes).</summary>
    public static IReadOnlyList<string> ParseValues(string? text, string flag = "--values")
    {
        if (string.IsNullOrWhiteSpace(text)) throw ConfigException.Named(flag, $"must list at least one value, e.g. {flag} 10,100,1000");
        char separator = text.Contains(';') ? ';' : ',';
        var values = text.Split(separator).Select(v => v.Trim()).ToArray();
        if (values.Any(v => v.Length == 0)) throw ConfigException.Named(flag, $"has an empty entry in '{text}'");
        return values;
    }

    /// <summary>Opens the store; a directory that cannot serve this sweep is refused naming --out or --resume, with what to do.</summary>
    public static SweepStore Open(string directory, SweepPlan plan, Shard part, bool resume, Provenance provenance)
    {
        try { return SweepStore.Open(directory, plan, part, resume, provenance.Json()); }
        catch (SweepDirectoryException e)
        {
            throw e.Problem switch
            {
                SweepDirectoryProblem.AlreadyHoldsSweep => ConfigException.Named("--out", $"{e.Message}; add --resume to continue it, or choose another --out"),
                SweepDirectoryProblem.NothingToResume => ConfigException.Named("--resume", $"{e.Message}; run without --resume to start it"),
                SweepDirectoryProblem.DifferentPlan => ConfigException.Named("--resume", $"{e.Message}; the options must be the same as when it started"),
                _ => ConfigException.Named("--resume", e.Message),
            };
        }
    }

    public static string RepeatCommand(SweepPlan plan, Shard part, string directory)
    {
        static string List(IReadOnlyList<string> values) => OutputFiles.Quote(string.Join(values.Any(v => v.Contains(',')) ? ";" : ",", values));
        var s = new StringBuilder("theoremcheck sweep");
        var grid = SweepGrid.Of(plan.Parameter, plan.Values);
        if (grid is null) s.Append($" --param {plan.Parameter} --values {List(plan.Values)}");
        else s.Append($" --param {grid.Parameter1} --values {List(grid.Values1)} --param2 {grid.Parameter2} --values2 {List(grid.Values2)}");
        if (plan.Seeds.Count != 3) s.Append($" --seeds {plan.Seeds.Count}");
        var swept = plan.Parameter.Split(SweepGrid.Separator, SweepAxes.Joint).Select(name => "--" + name).ToHashSet();
        string others = ExperimentOptions.NonDefault(plan.Base, new ExperimentSpec(), swept);
        if (others.Length > 0) s.Append(' ').Append(others);
        if (!part.IsWhole) s.Append($" --shard {part}");
        s.Append($" --out {OutputFiles.Quote(directory)}");
        return s.ToString();
    }

    private static string Text(SweepPlan plan, Shard part, IReadOnlyList<SweepRow> rows, SweepOutcome outcome, string directory)
    {
        var s = new StringBuilder();
        s.AppendLine($"TheoremCheck sweep over --{plan.Parameter}: {plan.Values.Count} value(s) x {plan.Seeds.Count} seed(s)" +
                     (part.IsWhole ? "" : $", part {part}") + $"; {outcome.Ran} run(s) now, {outcome.Skipped} already done");
        var listed = MetricColumns.Summarised.Select((c, i) => (c, i)).Where(x => x.c.Listed).ToList();
        s.AppendLine($"  {plan.Parameter,-12} {"runs",4}  " + string.Join("  ", listed.Select(x => $"{x.c.Name,-17}")));
        foreach (var row in rows)
            s.AppendLine($"  {row.Value,-12} {row.Seeds.Count,4}  " + string.Join("  ", listed.Select(x => $"{row.Metrics[x.i].Mean,7:F4} ± {row.Metrics[x.i].Std,-7:F4}")));
        s.Append($"  written to {directory}");
        return s.ToString();
    }

    /// <summary>One log line per finished run: value, seed, agreement, seconds, and the time the rest of the shard should take.</summary>
    private sealed class RunLines(SweepStore store, Action<string> log) : IProgress<SweepRecord>
    {
        private readonly int _total = store.Plan.Points.Count(store.Shard.Contains);
        private int _done = store.Plan.Points.Count(p => store.Shard.Contains(p) && store.IsDone(p));
        private int _ranNow;
        private double _secondsNow;

        public void Report(SweepRecord record)
        {
            _done++;
            _ranNow++;
            _secondsNow += record.Seconds;
            string left = _done < _total ? $"; about {ProgressLog.Seconds(_secondsNow / _ranNow * (_total - _done))} left" : "";
            log($"sweep: run {_done} of {_total} done: {store.Plan.Parameter} {record.Value}, seed {record.Seed}: " +
                $"{MetricColumns.Agreement.Name} {record[MetricColumns.Agreement].ToString("F4", CultureInfo.InvariantCulture)}, " +
                $"{ProgressLog.Seconds(record.Seconds)}{left}");
        }
    }
}
