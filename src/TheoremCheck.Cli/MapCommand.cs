using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>theoremcheck map</c>: the decision map of the poster's figure. One run of the pipeline, then on a
/// grid of the plane spanned by the class means: sgn f, sgn g, f̂, ĝ_n and the C2 conditions (a), (b),
/// (c) and their intersection (THEORY §5), drawn as four panels; the run's premise, every error term of (a) and
/// (b) with the largest where they fail (a second figure), and how loose their bounds are over the grid.
/// </summary>
public static class MapCommand
{
    /// <summary>
    /// The run behind the default map: the canonical configuration of THEORY §6 with 100 + 100 epochs
    /// (as the reference code's map script for shifted Gauss (a)), width 1000 and balanced target
    /// labels. At width 100 the width error bound c_w √(3/m) exceeds f̂ everywhere, so (a) and (b)
    /// hold nowhere; with random targets at ε = 0.01 the target-label bias term of THEORY §5-§6
    /// swamps ĝ_n, so (b) holds nowhere. Both are real answers, but not a picture of the theorem.
    /// </summary>
    public static ExperimentSpec Defaults { get; } = new()
    {
        Training = new TrainingSpec { EpochsF = 100, EpochsG = 100 },
        Network = new NetworkSpec { Width = 1000 },
        Attack = new AttackSpec { Targets = TargetKind.Balanced },
    };

    /// <summary>Flags of the map's own fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> OtherFields = new Dictionary<string, string>
    {
        [MapGrid.ResolutionField] = "--resolution", [MapGrid.LimitsField] = "--limits",
    };
    public const int DefaultResolution = 120;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("map", "Decision map on the plane of the class means: where sgn f = sgn g and where conditions (a), (b), (c) of C2 hold.");
        var options = CommandLine.AddExperimentOptions(command, Defaults);
        var resolution = new Option<int>("--resolution") { Description = $"grid points per axis [default: {DefaultResolution}]", DefaultValueFactory = _ => DefaultResolution,
            CustomParser = r => int.TryParse(r.Tokens.Count > 0 ? r.Tokens[0].Value : "", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int k) ? k : NotAnInteger(r) };
        var limits = new Option<string>("--limits") { Description = "plane coordinates lo,hi of both axes [default: the square around the projected training samples]" };
        var c0 = CliParsers.Real("--c-initial", "constant c_0 of the initial-output error terms", ConditionConstants.Default.InitialOutput, minimum: 0);
        var cw = CliParsers.Real("--c-width", "constant c_w of the finite-width error terms", ConditionConstants.Default.KernelWidth, minimum: 0);
        var cd = CliParsers.Real("--c-direction", "constant c_d of the gradient-direction error term", ConditionConstants.Default.Direction, minimum: 0);
        var output = new Option<string>("--out") { Description = "output directory [default: results/map-<configuration hash>]" };
        var json = new Option<bool>("--json") { Description = "print the summary as JSON" };
        var allowLong = LongWork.Option();
        foreach (var option in new Option[] { resolution, limits, c0, cw, cd, output, json, allowLong }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            var (config, given) = CommandLine.ReadSpec(parse, options, Defaults);
            CommandLine.RequireApplicable(given, [config]);
            CommandLine.Validate([.. PerturbationLearning.Problems<double>(config), .. RunConditions.Problems(config)]);
            var constants = new ConditionConstants(parse.GetValue(c0), parse.GetValue(cw), parse.GetValue(cd));
            var gridLimits = ParseLimits(parse.GetValue(limits));
            int points = parse.GetValue(resolution);
            CommandLine.Validate(new MapGrid(gridLimits?.Min ?? 0, gridLimits?.Max ?? 1, points).Problems(), OtherFields);
            var sized = LongWork.WithSizes([config])[0];
            LongWork.Check(WorkEstimate.TrainingSeconds(sized) + WorkEstimate.MapSeconds(points, sized.Data.Samples, sized.Data.Dimension),
                parse.GetValue(allowLong), $"this map ({points} x {points} grid points)", "--resolution or the sizes");

            string mapOptions = $"--resolution {points}" + (gridLimits is { } l ? $" --limits {OutputFiles.Number(l.Min)},{OutputFiles.Number(l.Max)}" : "")
                + (constants == ConditionConstants.Default ? "" : $" --c-initial {OutputFiles.Number(constants.InitialOutput)} --c-width {OutputFiles.Number(constants.KernelWidth)} --c-direction {OutputFiles.Number(constants.Direction)}");
            string directory = parse.GetValue(output) is { Length: > 0 } chosen ? chosen
                : OutputFiles.DefaultDirectory("map-" + ContentHash.Short(ExperimentOptions.Describe(config) + " " + mapOptions));
            string repeat = $"theoremcheck map {ExperimentOptions.NonDefault(config, Defaults)} {mapOptions} --out {OutputFiles.Quote(directory)}".Replace("  ", " ");
            OutputFiles.PrepareDirectory("--out", directory);

            var clock = Stopwatch.StartNew();
            var (result, map, trainSeconds) = ProgressDisplay.Run(stderr, progress =>
            {
                var run = PerturbationLearning.Run<double>(config, progress);
                double seconds = clock.Elapsed.TotalSeconds;
                return (run, DecisionMap.ForRun(run, constants, points, gridLimits, progress), seconds);
            }, quiet: parse.GetValue(json));
            double mapSeconds = clock.Elapsed.TotalSeconds - trainSeconds;

            var summary = map.Summary();
            var looseness = Looseness(result, map);
            var provenance = Provenance.Current;
            var node = Json(result, map, summary, looseness, constants, trainSeconds, mapSeconds, provenance);
            Write(directory, config, result, map, summary, looseness, constants, node, repeat, provenance);
            stdout.WriteLine(parse.GetValue(json) ? node.ToJsonString(Reports.JsonOptions) : Text(result, map, summary, looseness, trainSeconds, mapSeconds, directory));
            return ExitCodes.Success;
        });
        return command;
    }

    public static (double Min, double Max)? ParseLimits(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi)
            && double.IsFinite(lo) && double.IsFinite(hi) && lo < hi)
            return (lo, hi);
        throw ConfigException.Named("--limits", $"must be two finite numbers lo,hi with lo < hi, got '{text}'");
    }

    private static int NotAnInteger(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--resolution: must be an integer, got '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}'");
        return DefaultResolution;
    }

    private static JsonObject Json(RunResult<double> result, DecisionMap map, ConditionSummary summary, ApproximationLooseness looseness,
        ConditionConstants constants, double trainSeconds, double mapSeconds, Provenance provenance)
    {
        var run = Reports.Json(result, provenance);
        run.Remove("provenance");
        var node = new JsonObject
        {
            ["grid"] = new JsonObject { ["min"] = map.Grid.Min, ["max"] = map.Grid.Max, ["resolution"] = map.Grid.Resolution },
            ["plane"] = new JsonObject { ["first_axis"] = MapPlane.FirstAxisSource, ["second_axis"] = map.Plane.SecondAxisSource },
            ["constants"] = new JsonObject { ["c_initial"] = constants.InitialOutput, ["c_width"] = constants.KernelWidth, ["c_direction"] = constants.Direction },
            ["premise"] = ConditionReports.PremiseJson(map.Premise),
        };
        foreach (var (key, value) in ConditionReports.SummaryJson(summary, map.Premise).ToList()) node[key] = value?.DeepClone();
        node["looseness"] = ConditionReports.LoosenessJson(looseness);
        node["run"] = run;
        node["seconds_run"] = Math.Round(trainSeconds, 3);
        node["seconds_map"] = Math.Round(mapSeconds, 3);
        node["provenance"] = provenance.Json();
        return node;
    }

    /// <summary>Realised error against bound at every grid point (f and g are known there).</summary>
    public static ApproximationLooseness Looseness(RunResult<double> result, DecisionMap map)
    {
        var f = new List<double>();
        var g = new List<double>();
        var reports = new List<ConditionReport>();
        for (int r = 0; r < map.Grid.Resolution; r++)
            for (int c = 0; c < map.Grid.Resolution; c++) { f.Add(map.F[r, c]); g.Add(map.G[r, c]); reports.Add(map.Conditions[r, c]); }
        return ApproximationLooseness.Measure(f, g, reports, result.TimeF, result.TimeG, result.Spec.Attack.Epsilon);
    }

    private static void Write(string directory, ExperimentSpec config, RunResult<double> result, DecisionMap map, ConditionSummary summary,
        ApproximationLooseness looseness, ConditionConstants constants, JsonObject node, string repeat, Provenance provenance)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, "map.json"), node.ToJsonString(Reports.JsonOptions) + "\n");
        AtomicFile.WriteAllText(Path.Combine(directory, "map.csv"), provenance.CsvComment() + "\n" + GridTable(map));
        var samples = new StringBuilder(provenance.CsvComment()).Append("\nx,y,label\n");
        for (int n = 0; n < map.Samples.Length; n++)
            samples.Append(OutputFiles.Number(map.Samples[n].X)).Append(',').Append(OutputFiles.Number(map.Samples[n].Y)).Append(',')
                   .Append(map.Labels[n].ToString(CultureInfo.InvariantCulture)).Append('\n');
        AtomicFile.WriteAllText(Path.Combine(directory, "samples.csv"), samples.ToString());
        string title = Title(config, result);
        MapFigures.Save(map, title, Path.Combine(directory, "map"), Path.Combine(directory, TermsFigure));
        AtomicFile.WriteAllText(Path.Combine(directory, "report.md"), Markdown(config, result, map, summary, looseness, constants, repeat, provenance));
    }

    public const string TermsFigure = "map-terms";

    /// <summary>The configuration, for the figures' overall title (two lines).</summary>
    public static string Title(ExperimentSpec config, RunResult<double> result) =>
        $"Decision map of C2: {DataLabel(config)}, d = {result.Spec.Data.Dimension}, N = {result.Spec.Data.Samples}\n" +
        $"width m = {config.Network.Width}, ε = {OutputFiles.Number(config.Attack.Epsilon)}, {config.Training.EpochsF} + {config.Training.EpochsG} epochs, " +
        $"{config.Attack.Targets.ToString().ToLowerInvariant()} targets (mean {result.Metrics.TargetMean:F3}), seed {config.Seed}";

    /// <summary>The data set in a few words: its name, and the class pair of image data.</summary>
    public static string DataLabel(ExperimentSpec config) => ImageDataSet.IsImage(config.Data.Kind)
        ? $"{ImageDataSet.For(config.Data.Kind).Name} {config.Data.Pair.Positive} vs {config.Data.Pair.Negative}"
        : SyntheticData.Name(config.Data.Kind);

    /// <summary>Columns of map.csv: the plane coordinates, then the point's columns (<see cref="ConditionReports.PointColumns"/>).</summary>
    public static readonly string GridHeader = string.Join(",", new[] { "x", "y" }.Concat(ConditionReports.PointColumns));

    public static string GridTable(DecisionMap map)
    {
        var s = new StringBuilder(GridHeader).Append('\n');
        var xs = map.Grid.Coordinates();
        for (int r = 0; r < map.Grid.Resolution; r++)
            for (int c = 0; c < map.Grid.Resolution; c++)
                s.AppendJoin(',', new[] { OutputFiles.Number(xs[c]), OutputFiles.Number(xs[r]) }.Concat(ConditionReports.PointFields(map.Conditions[r, c], map.F[r, c], map.G[r, c])))
                 .Append('\n');
        return s.ToString();
    }

    private static string Markdown(ExperimentSpec config, RunResult<double> result, DecisionMap map, ConditionSummary summary, ApproximationLooseness looseness,
        ConditionConstants constants, string repeat, Provenance provenance)
    {
        var m = result.Metrics;
        var s = new StringBuilder();
        s.AppendLine("# Decision map (C2, THEORY §5)");
        s.AppendLine();
        s.AppendLine($"Data: {result.DataDescription}, N = {result.Spec.Data.Samples}; seed {config.Seed}. Repeat with:");
        s.AppendLine();
        s.AppendLine("```");
        s.AppendLine(repeat);
        s.AppendLine("```");
        s.AppendLine();
        s.AppendLine(provenance.Markdown());
        s.AppendLine();
        s.AppendLine(map.Premise.Holds
            ? $"**Regime**: {map.Premise.Describe()}."
            : $"**Regime: {PremiseCheck.Outside}.** {map.Premise.Describe()}. Conditions (a) and (b) are derived for lazy training " +
              "(THEORY §3 E3, §5); in this run they are shown for what they would say, not as statements of the theorem.");
        s.AppendLine();
        s.AppendLine("![decision map: four panels](map.png)");
        s.AppendLine();
        s.AppendLine($"Plane: first axis the {MapPlane.FirstAxisSource}; second axis the {map.Plane.SecondAxisSource}. " +
                     $"Grid {map.Grid.Resolution} x {map.Grid.Resolution} on [{map.Grid.Min:G4}, {map.Grid.Max:G4}]². " +
                     $"Constants c_0 = {constants.InitialOutput}, c_w = {constants.KernelWidth}, c_d = {constants.Direction}.");
        s.AppendLine();
        s.AppendLine("Each panel colours the grid by whether its condition holds (strong colour) or not (pale), and whether sgn f = sgn g " +
                     "(blue, grey) or not (vermillion, orange); solid black: f(z) = 0, dashed purple: g(z) = 0; circles: positive training samples, " +
                     "crosses: negative ones, projected onto the plane.");
        s.AppendLine();
        s.AppendLine("| share of the grid where | |");
        s.AppendLine("| --- | --- |");
        s.AppendLine($"| sgn f = sgn g | {ConditionReports.Percent(summary.Share(summary.SignsAgree))} |");
        s.AppendLine($"| (a) functional margin condition 1 | {map.Premise.Qualify(summary.Share(summary.MarginF))} |");
        s.AppendLine($"| (b) functional margin condition 2 | {map.Premise.Qualify(summary.Share(summary.MarginG))} |");
        s.AppendLine($"| (c) agreement condition | {ConditionReports.Percent(summary.Share(summary.Agreement))} |");
        s.AppendLine($"| (a) ∧ (b) ∧ (c) | {map.Premise.Qualify(summary.Share(summary.All))} |");
        s.AppendLine();
        s.AppendLine($"Where (a) ∧ (b) ∧ (c) holds, sgn f = sgn g at {summary.AllAndSignsAgree} points and differs at {summary.AllButSignsDiffer}" +
                     (map.Premise.Holds ? " (C2 predicts none)." : " (C2 claims nothing outside its premise)."));
        s.AppendLine();
        s.AppendLine("Which error term is the largest where a margin condition fails (each term as in THEORY §5; `map.csv` has every term at every point):");
        s.AppendLine();
        s.AppendLine($"- {summary.Failures(conditionF: true)}");
        s.AppendLine($"- {summary.Failures(conditionF: false)}");
        s.AppendLine();
        s.AppendLine($"![largest error term where (a) and (b) fail]({TermsFigure}.png)");
        s.AppendLine();
        s.AppendLine($"How loose the bounds are over the grid: {ConditionReports.LoosenessLine(looseness)}.");
        s.AppendLine();
        s.AppendLine("Run: " + string.Join(", ", MetricColumns.Summarised.Append(MetricColumns.TargetMean).Select(c => $"{c.Name} = {c.Value(m):F4}")) + ".");
        s.AppendLine();
        s.Append(ExperimentOptions.Table(config));
        s.AppendLine();
        s.AppendLine($"Files: `map.json` (summary, premise, looseness, run, settings), `map.csv` (every grid point: f, g, f̂, ĝ_n, every error term, thresholds, " +
                     $"conditions, the largest term where (a) or (b) fails), `samples.csv` (projected samples), `map.png`, `map.svg`, `{TermsFigure}.png`, `{TermsFigure}.svg`.");
        return s.ToString();
    }

    private static string Text(RunResult<double> result, DecisionMap map, ConditionSummary summary, ApproximationLooseness looseness, double trainSeconds, double mapSeconds, string directory)
    {
        var m = result.Metrics;
        var s = new StringBuilder();
        s.AppendLine($"TheoremCheck map: {result.DataDescription}, grid {map.Grid.Resolution}² on [{map.Grid.Min:G4}, {map.Grid.Max:G4}]²");
        s.AppendLine($"  run          acc_f {m.AccF.Share:F4}  acc_g {m.AccG.Share:F4}  agreement {m.Agreement.Share:F4}  cossim {m.CosSim:F4}  target_mean {m.TargetMean:F4}");
        s.AppendLine($"  sgn f = sgn g on {ConditionReports.Percent(summary.Share(summary.SignsAgree))} of the grid");
        foreach (var line in ConditionReports.Lines(map.Premise, summary, looseness, "the grid", indent: "  ")) s.AppendLine(line);
        s.AppendLine($"  seconds      run {trainSeconds:F1}, map {mapSeconds:F1}");
        s.Append($"  written to {directory}");
        return s.ToString();
    }
}
