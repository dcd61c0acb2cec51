using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        command.Options.Add(exact);
        command.Options.Add(json);
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
            return ExitCodes.Success;
        });
        return command;
    }
}
