using System.CommandLine;
using TheoremCheck.Experiments;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck merge DIR...</c>: combines the parts of a sharded sweep (<c>sweep --shard K/N</c>)
/// into the table, plots and report of the whole sweep. The parts must belong to the same plan and
/// together hold every run; a run present in two parts must have the same numbers in both.
/// </summary>
public static class MergeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("merge", "Combine the output directories of the parts of a sharded sweep into one sweep result.");
        var directories = new Argument<string[]>("DIR") { Description = "output directories of sweep --shard runs", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "output directory [default: results/sweep-<plan hash>-merged]" };
        command.Arguments.Add(directories);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var parts = new List<SweepStore>();
            foreach (var directory in parse.GetValue(directories) ?? [])
            {
                if (!Directory.Exists(directory)) throw new Pipeline.ConfigException("DIR", $"merge: '{directory}' is not a directory");
                parts.Add(SweepStore.Load(directory));
            }
            if (parts.Count == 0) throw new Pipeline.ConfigException("DIR", "merge: give at least one sweep output directory");
            var plan = parts[0].Plan;
            var other = parts.FirstOrDefault(p => p.Plan.Fingerprint != plan.Fingerprint);
            if (other is not null)
                throw new Pipeline.ConfigException("DIR", $"merge: '{other.Directory}' holds another sweep (plan {other.Plan.Fingerprint}) than '{parts[0].Directory}' (plan {plan.Fingerprint})");

            var records = new Dictionary<(int, int), SweepRecord>();
            foreach (var part in parts)
                foreach (var record in part.LoadRecords())
                {
                    var key = (record.ValueIndex, record.Seed);
                    if (records.TryGetValue(key, out var seen) && seen.Metrics != record.Metrics)
                        throw new InvalidDataException($"merge: value {record.Value}, seed {record.Seed} has different results in two parts (one in '{part.Directory}')");
                    records[key] = record;
                }
            var missing = plan.Points.Where(p => !records.ContainsKey((p.ValueIndex, p.Seed))).ToList();
            if (missing.Count > 0)
                throw new InvalidDataException($"merge: {missing.Count} of {plan.Points.Count} runs are missing (first: {plan.Parameter} {missing[0].Value}, seed {missing[0].Seed}); run or resume the remaining parts");

            string target = parse.GetValue(output) is { Length: > 0 } given ? given : OutputFiles.DefaultDirectory($"sweep-{plan.Fingerprint}-merged");
            if (parts.Any(p => Path.GetFullPath(p.Directory).TrimEnd('/') == Path.GetFullPath(target).TrimEnd('/')))
                throw new Pipeline.ConfigException("--out", $"--out '{target}' is one of the parts; choose another directory");
            var merged = SweepStore.ForMerge(target, plan);
            foreach (var point in plan.Points) merged.Save(point, records[(point.ValueIndex, point.Seed)]);
            string sources = string.Join(", ", parts.Select(p => $"`{p.Directory}` (part {p.Shard})"));
            var rows = SweepOutput.Write(merged, SweepCommand.RepeatCommand(plan, Shard.Whole, target), $"Merged from {sources}.");
            stdout.WriteLine($"merged {parts.Count} part(s), {plan.Points.Count} runs, {rows.Count} value(s) of --{plan.Parameter} into {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
