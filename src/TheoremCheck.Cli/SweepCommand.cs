using System.CommandLine;
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
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("sweep", "Run the pipeline for every value of one option (--param, --values) and --seeds seeds; write table, plots and report to --out.");
        var options = CommandLine.AddExperimentOptions(command);
        var param = new Option<string>("--param") { Description = "the option to sweep, any option of run without its dashes (width, dim, epsilon, ...)" };
        var values = new Option<string>("--values") { Description = "its values, comma separated (semicolons when a value holds a comma, e.g. classes 1,2;3,8)" };
        var seeds = new Option<int>("--seeds") { Description = "seeds per value: --seed, --seed + 1, ...", DefaultValueFactory = _ => 3 };
        var shard = new Option<string>("--shard") { Description = "run only part K of N of the sweep (K/N, 1 <= K <= N); combine the parts with merge" };
        var resume = new Option<bool>("--resume") { Description = "continue the sweep in --out, skipping the runs already finished" };
        var output = new Option<string>("--out") { Description = "output directory [default: results/sweep-<plan hash>, with -part-K-of-N for a shard]" };
        var json = new Option<bool>("--json") { Description = "print the summary as JSON instead of the table" };
        foreach (var option in new Option[] { param, values, seeds, shard, resume, output, json }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var baseConfig = CommandLine.ReadConfig(parse, options);
            baseConfig.Validate();
            var plan = SweepPlan.Create(parse.GetValue(param), parse.GetValue(values), parse.GetValue(seeds), baseConfig);
            var part = Shard.Parse(parse.GetValue(shard));
            string directory = parse.GetValue(output) is { Length: > 0 } given ? given
                : OutputFiles.DefaultDirectory($"sweep-{plan.Fingerprint}" + (part.IsWhole ? "" : $"-part-{part.Index}-of-{part.Count}"));
            bool resuming = parse.GetValue(resume);
            var store = SweepStore.Open(directory, plan, part, resuming);
            string repeat = RepeatCommand(plan, part, directory);

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            SweepOutcome outcome;
            try
            {
                outcome = ProgressDisplay.Run(stderr, progress => SweepRunner.Run(store, progress: progress, cancel: cancel.Token), quiet: parse.GetValue(json));
            }
            finally { Console.CancelKeyPress -= onCancel; }

            var rows = SweepOutput.Write(store, repeat);
            if (parse.GetValue(json))
                stdout.WriteLine(SweepOutput.SummaryJsonNode(store, rows, store.LoadRecords().Count).ToJsonString(Reports.JsonOptions));
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

    public static string RepeatCommand(SweepPlan plan, Shard part, string directory)
    {
        var s = new StringBuilder("theoremcheck sweep");
        s.Append($" --param {plan.Parameter} --values {OutputFiles.Quote(string.Join(plan.Values.Any(v => v.Contains(',')) ? ";" : ",", plan.Values))}");
        if (plan.Option.Name != "--seed") s.Append($" --seeds {plan.Seeds.Count}");
        string others = OutputFiles.NonDefaultOptions(plan.Base, new ExperimentConfig(), except: plan.Option.Name);
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
        s.AppendLine($"  {plan.Parameter,-12} {"runs",4}  " + string.Join("  ", SweepMetrics.All.Select(m => $"{m.Name,-17}")));
        foreach (var row in rows)
            s.AppendLine($"  {row.Value,-12} {row.Seeds.Count,4}  " + string.Join("  ", row.Metrics.Select(m => $"{m.Mean,7:F4} ± {m.Std,-7:F4}")));
        s.Append($"  written to {directory}");
        return s.ToString();
    }
}
