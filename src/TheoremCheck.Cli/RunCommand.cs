using System.Globalization;
using System.CommandLine;
using System.Numerics;
using System.Text;
using TheoremCheck.Experiments;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary><c>theoremcheck run</c>: the paper's pipeline on one configuration (THEORY §1, §6), in double or exact arithmetic.</summary>
public static class RunCommand
{
    /// <summary>Flags of the fields that are no single experiment option.</summary>
    public static readonly IReadOnlyDictionary<string, string> OtherFields = new Dictionary<string, string> { [ExactArithmetic.Field] = "--exact" };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("run", "Standard learning, attack and perturbation learning on one configuration; defaults are THEORY §6.");
        var options = CommandLine.AddExperimentOptions(command);
        var exact = new Option<bool>("--exact") { Description = "run in exact rational arithmetic (small instances, identity loss; see README)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object instead of the report" };
        var output = new Option<string>("--out") { Description = "also write result.json, result.csv and report.md to this directory" };
        var allowLong = LongWork.Option();
        command.Options.Add(allowLong);
        command.Options.Add(exact);
        command.Options.Add(json);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var (spec, given) = CommandLine.ReadSpec(parse, options);
            CommandLine.RequireApplicable(given, [spec]);
            bool isExact = parse.GetValue(exact);
            CommandLine.Validate(isExact ? PerturbationLearning.Problems<Rational>(spec) : PerturbationLearning.Problems<double>(spec), OtherFields);
            LongWork.Check(LongWork.TrainingSeconds(LongWork.WithSizes([spec])), parse.GetValue(allowLong), "this run", "--samples, --dim, --width or the epochs");
            string? directory = parse.GetValue(output);
            if (directory is not null) OutputFiles.PrepareDirectory("--out", directory);
            bool asJson = parse.GetValue(json);
            return isExact
                ? Execute<Rational>(spec, asJson, directory, stdout, stderr)
                : Execute<double>(spec, asJson, directory, stdout, stderr);
        });
        return command;
    }

    private static int Execute<T>(ExperimentSpec spec, bool asJson, string? directory, TextWriter stdout, TextWriter stderr) where T : struct, INumber<T>
    {
        var result = ProgressDisplay.Run(stderr, progress => PerturbationLearning.Run<T>(spec, progress), quiet: asJson);
        var provenance = Provenance.Current;
        stdout.WriteLine(asJson ? Reports.Json(result, provenance).ToJsonString(Reports.JsonOptions) : Reports.Text(result));
        if (directory is not null) WriteFiles(result, directory, provenance);
        return ExitCodes.Success;
    }

    /// <summary>The run's numbers as JSON and CSV and a Markdown report that repeats it; each file written atomically.</summary>
    public static void WriteFiles<T>(RunResult<T> result, string directory, Provenance provenance) where T : struct, INumber<T>
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, "result.json"), Reports.Json(result, provenance).ToJsonString(Reports.JsonOptions) + "\n");
        AtomicFile.WriteAllText(Path.Combine(directory, "result.csv"), Reports.Csv(result, provenance));
        if (result.Metrics.Conditions?.Reports is { } reports)
            AtomicFile.WriteAllText(Path.Combine(directory, ConditionsCsv), provenance.CsvComment() + "\n" + ConditionTable(result, reports));
        var report = new StringBuilder()
            .AppendLine("# TheoremCheck run").AppendLine()
            .AppendLine($"Repeat with `{RepeatCommand(result)}`.").AppendLine()
            .AppendLine(provenance.Markdown()).AppendLine()
            .AppendLine("```").AppendLine(Reports.Text(result)).AppendLine("```").AppendLine()
            .AppendLine(ExperimentOptions.Table(result.Spec));
        AtomicFile.WriteAllText(Path.Combine(directory, "report.md"), report.ToString());
    }

    public const string ConditionsCsv = "conditions.csv";

    /// <summary>Every test point: f, g, f̂, ĝ_n, each error term of (a) and (b), the conditions and the largest failing term.</summary>
    public static string ConditionTable<T>(RunResult<T> result, IReadOnlyList<Theory.ConditionReport> reports) where T : struct, INumber<T>
    {
        var f = result.TestOutputsF();
        var g = result.TestOutputsG();
        var s = new StringBuilder(OutputFiles.CsvLine(ConditionReports.PointColumns.Prepend("test_point"))).Append('\n');
        for (int k = 0; k < reports.Count; k++)
            s.Append(OutputFiles.CsvLine(ConditionReports.PointFields(reports[k], double.CreateChecked(f[k]), double.CreateChecked(g[k]))
                .Prepend(k.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        return s.ToString();
    }

    /// <summary>The command that runs the same configuration again (sizes as given, not as loaded from image files).</summary>
    public static string RepeatCommand<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        string options = ExperimentOptions.NonDefault(result.Spec, new ExperimentSpec());
        return "theoremcheck run" + (options.Length > 0 ? " " + options : "") + (result.IsExact ? " --exact" : "");
    }
}
