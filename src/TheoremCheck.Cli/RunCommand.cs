using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary><c>theoremcheck run</c>: the paper's pipeline on one configuration (THEORY §1, §6).</summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("run", "Standard learning, attack and perturbation learning on one configuration; defaults are THEORY §6.");
        var options = CommandLine.AddExperimentOptions(command);
        var exact = new Option<bool>("--exact") { Description = "run in exact rational arithmetic (small instances, identity loss)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of the report" };
        var output = new Option<string>("--out") { Description = "also write result.json, result.csv and report.md to this directory" };
        command.Options.Add(exact);
        command.Options.Add(json);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var config = CommandLine.ReadConfig(parse, options) with { Exact = parse.GetValue(exact) };
            config.Validate();
            bool asJson = parse.GetValue(json);
            if (config.Exact)
            {
                var result = PerturbationLearning.RunExact(config);
                stdout.WriteLine(asJson ? Reports.ExactJson(result).ToJsonString(Reports.JsonOptions) : Reports.ExactText(result));
                return ExitCodes.Success;
            }
            var run = ProgressDisplay.Run(stderr, progress => PerturbationLearning.Run(config, progress), quiet: asJson);
            stdout.WriteLine(asJson ? Reports.Json(run).ToJsonString(Reports.JsonOptions) : Reports.Text(run));
            if (parse.GetValue(output) is { } directory) WriteFiles(run, directory);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The run's numbers as JSON and CSV and a Markdown report that repeats it; each file written atomically.</summary>
    public static void WriteFiles(RunResult run, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = Reports.Json(run);
        AtomicFile.WriteAllText(Path.Combine(directory, "result.json"), json.ToJsonString(Reports.JsonOptions) + "\n");
        string[] keys = ["acc_f", "acc_g", "agreement", "cossim", "flipped_f", "flipped_g", "target_mean", "seconds"];
        var csv = OutputFiles.CsvLine(keys) + "\n" + OutputFiles.CsvLine(keys.Select(k => OutputFiles.Number((double)json[k]!))) + "\n";
        AtomicFile.WriteAllText(Path.Combine(directory, "result.csv"), csv);
        var report = new StringBuilder()
            .AppendLine("# TheoremCheck run").AppendLine()
            .AppendLine($"Repeat with `theoremcheck run {OutputFiles.NonDefaultOptions(run.Config, new ExperimentConfig())}`.")
            .AppendLine().AppendLine("```").AppendLine(Reports.Text(run)).AppendLine("```").AppendLine()
            .AppendLine(OutputFiles.ConfigTable(run.Config));
        AtomicFile.WriteAllText(Path.Combine(directory, "report.md"), report.ToString());
    }
}
