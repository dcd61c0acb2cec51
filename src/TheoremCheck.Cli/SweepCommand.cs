using System.CommandLine;
using System.Globalization;
using System.Text;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck sweep</c>: the pipeline for each value of one option and several seeds, a table
/// with mean and spread per value, plots like the paper's figures; shardable and resumable.
/// </summary>
public static class SweepCommand
{
    /// <summary>Flags of the plan's own fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> OtherFields = new Dictionary<string, string>
    {
        [SweepPlan.ParameterField] = "--param", [SweepPlan.ValuesField] = "--values", [SweepPlan.SeedsField] = "--seeds",
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("sweep", "Run the pipeline for every value of one option (--param, --values) and --seeds seeds; write table, plots and report to --out.");
        var options = CommandLine.AddExperimentOptions(command);
        var param = new Option<string>("--param") { Description = "the option to sweep, any option of run without its dashes (width, dim, epsilon, ...)" };
        var values = new Option<string>("--values") { Description = "its values, comma separated (semicolons when a value holds a comma, e.g. classes 1,2;3,8)" };
        var seeds = new Option<int>("--seeds") { Description = "seeds per value: --seed, --seed + 1, ... [default: 3]", DefaultValueFactory = _ => 3,
            CustomParser = r => int.TryParse(r.Tokens.Count > 0 ? r.Tokens[0].Value : "", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int k) ? k : Fail(r) };
        var shard = new Option<string>("--shard") { Description = "run only part K of N of the sweep (K/N, 1 <= K <= N); combine the parts with merge" };
        var resume = new Option<bool>("--resume") { Description = "continue the sweep in --out, skipping the runs already finished" };
        var output = new Option<string>("--out") { Description = "output directory [default: results/sweep-<plan hash>, with -part-K-of-N for a shard]" };
        var json = new Option<bool>("--json") { Description = "print the summary as JSON instead of the table" };
        var allowLong = LongWork.Option();
        foreach (var option in new Option[] { param, values, seeds, shard, resume, output, json, allowLong }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var (baseSpec, given) = CommandLine.ReadSpec(parse, options);
            var plan = Plan(parse.GetValue(param), parse.GetValue(values), parse.GetValue(seeds), baseSpec, given);
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

    private static int Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--seeds: must be a positive integer, got '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}'");
        return 0;
    }

    public static Shard ParseShard(string? text) =>
        text is null ? Shard.Whole
        : Shard.TryParse(text, out var part) ? part
        : throw ConfigException.Named("--shard", $"must be K/N with 1 <= K <= N (part K of N), got '{text}'");

    /// <summary>The plan of the command line, every problem reported before any run with the option at fault.</summary>
    public static SweepPlan Plan(string? parameter, string? valueText, int seedCount, ExperimentSpec baseSpec, IReadOnlyList<ExperimentOption> given)
    {
        if (string.IsNullOrWhiteSpace(parameter)) throw ConfigException.Named("--param", "is required: the option to sweep, e.g. --param width");
        var option = ExperimentOptions.Find(parameter, "--param");
        if (option.Name == "--data-dir") throw ConfigException.Named("--param", "data-dir is not a quantity to sweep; sweep --classes or --data instead");
        var values = ParseValues(valueText);
        SweepPlan plan;
        try { plan = SweepPlan.Create(new SweepAxis(option.Key, option.Apply), values, seedCount, baseSpec); }
        catch (SpecException e) { throw ExperimentOptions.Usage(e.Problems[0], OtherFields); }
        CommandLine.RequireApplicable(given.Append(option), plan.Points.Select(p => p.Spec).ToList());
        return plan;
    }

    /// <summary>Values separated by commas, or by semicolons when the list holds one (for values such as 1,2 of --classes).</summary>
    public static IReadOnlyList<string> ParseValues(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw ConfigException.Named("--values", "must list at least one value, e.g. --values 10,100,1000");
        char separator = text.Contains(';') ? ';' : ',';
        var values = text.Split(separator).Select(v => v.Trim()).ToArray();
        if (values.Any(v => v.Length == 0)) throw ConfigException.Named("--values", $"has an empty entry in '{text}'");
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
        var s = new StringBuilder("theoremcheck sweep");
        s.Append($" --param {plan.Parameter} --values {OutputFiles.Quote(string.Join(plan.Values.Any(v => v.Contains(',')) ? ";" : ",", plan.Values))}");
        if (plan.Seeds.Count != 3) s.Append($" --seeds {plan.Seeds.Count}");
        string others = ExperimentOptions.NonDefault(plan.Base, new ExperimentSpec(), except: "--" + plan.Parameter);
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
        s.AppendLine($"  {plan.Parameter,-12} {"runs",4}  " + string.Join("  ", MetricColumns.Summarised.Select(m => $"{m.Name,-17}")));
        foreach (var row in rows)
            s.AppendLine($"  {row.Value,-12} {row.Seeds.Count,4}  " + string.Join("  ", row.Metrics.Select(m => $"{m.Mean,7:F4} ± {m.Std,-7:F4}")));
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
