using System.CommandLine;
using TheoremCheck.Experiments;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck merge DIR...</c>: combines the parts of a sharded sweep (<c>sweep --shard K/N</c>) into the
/// table, plots and report of the whole sweep (<see cref="SweepMerge"/>).
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
                if (File.Exists(directory)) throw ConfigException.Named("DIR", $"'{directory}' is a file; give the output directories of the sweep's parts");
                if (!Directory.Exists(directory)) throw ConfigException.Named("DIR", $"'{directory}' is not a directory");
                try { parts.Add(SweepStore.Load(directory)); }
                catch (SweepDirectoryException e) { throw ConfigException.Named("DIR", e.Message); }
            }
            if (parts.Count == 0) throw ConfigException.Named("DIR", "give at least one sweep output directory");
            var plan = parts[0].Plan;
            string target = parse.GetValue(output) is { Length: > 0 } given ? given : OutputFiles.DefaultDirectory($"sweep-{plan.Fingerprint}-merged");
            var provenance = Provenance.Current;
            SweepStore merged;
            try
            {
                OutputFiles.PrepareDirectory("--out", target);
                merged = SweepMerge.Combine(parts, target, provenance.Json());
            }
            catch (SweepDirectoryException e) when (e.Problem == SweepDirectoryProblem.TargetIsAPart)
            {
                throw ConfigException.Named("--out", $"{e.Message}; choose another directory");
            }
            catch (SweepDirectoryException e)
            {
                throw new InvalidDataException($"merge: {e.Message}" + (e.Problem == SweepDirectoryProblem.MissingRuns ? "; run or resume the remaining parts" : ""));
            }
            string sources = string.Join(", ", parts.Select(p => $"`{p.Directory}` (part {p.Shard})"));
            var rows = SweepOutput.Write(merged, SweepCommand.RepeatCommand(plan, Shard.Whole, target), provenance, $"Merged from {sources}.");
            stdout.WriteLine($"merged {parts.Count} part(s), {plan.Points.Count} runs, {rows.Count} value(s) of --{plan.Parameter} into {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
