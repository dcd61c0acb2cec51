using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// The files of a sweep directory besides its store (see <see cref="SweepStore"/>): runs.csv (one row
/// per run), summary.csv and summary.json (mean, std, min, max per value), sweep.png/.svg (acc_f,
/// acc_g, agreement), sweep-features.png/.svg (cossim, flipped shares), report.md. Every file is
/// rewritten atomically from the stored runs, so the same runs give the same numbers whichever
/// process produced them (a merged sharded sweep equals the unsharded one).
/// </summary>
public static class SweepOutput
{
    public const string SummaryCsv = "summary.csv", SummaryJson = "summary.json", RunsCsv = "runs.csv",
        AccuracyPlot = "sweep", FeaturePlot = "sweep-features", Report = "report.md";

    /// <summary>Accuracy of f, of g, and their agreement, each in its own panel (their curves overlap when drawn together).</summary>
    public static readonly IReadOnlyList<SweepPanel> AccuracyPanels =
    [
        new("accuracy of f on D", "accuracy", [MetricColumns.AccF.Name]),
        new("accuracy of g on clean, correct D", "accuracy", [MetricColumns.AccG.Name]),
        new("agreement of f and g on fresh inputs", "share with sgn f = sgn g", [MetricColumns.Agreement.Name], 0.5, "chance"),
    ];

    public static readonly IReadOnlyList<SweepPanel> FeaturePanels =
    [
        new("C1: perturbation vs Σ_k y_k Φ x_k", "mean cosine similarity", [MetricColumns.CosSim.Name]),
        new("activation flips of f and g", "share of patterns flipped", [MetricColumns.FlippedF.Name, MetricColumns.FlippedG.Name],
            Theory.LazyRegime.FlipShareThreshold, "lazy threshold"),
    ];

    /// <summary>The runs as the figures draw them: every metric column by name, and ȳ^adv for the colour.</summary>
    public static IReadOnlyList<SweepRun> FigureRuns(IReadOnlyList<SweepRecord> records) =>
        records.Select(r => new SweepRun(r.ValueIndex, r.Seed, r[MetricColumns.TargetMean],
            MetricColumns.All.ToDictionary(c => c.Name, c => r[c]))).ToList();

    public static IReadOnlyList<SweepRow> Write(SweepStore store, string repeatCommand, Provenance provenance, string? note = null)
    {
        var plan = store.Plan;
        var records = store.LoadRecords();
        var rows = SweepMetrics.Aggregate(records);
        string dir = store.Directory;

        AtomicFile.WriteAllText(Path.Combine(dir, RunsCsv), provenance.CsvComment() + "\n" + RunsTable(plan, records));
        AtomicFile.WriteAllText(Path.Combine(dir, SummaryCsv), provenance.CsvComment() + "\n" + SummaryTable(plan, rows));
        AtomicFile.WriteAllText(Path.Combine(dir, SummaryJson), SummaryJsonNode(store, rows, records, provenance).ToJsonString(Reports.JsonOptions) + "\n");
        var grid = SweepGrid.Of(plan.Parameter, plan.Values);
        if (rows.Count > 0)
        {
            string parts = store.Shard.IsWhole ? "" : $", part {store.Shard}";
            string configuration = "\n" + FixedSettings(plan);
            string subtitle = $"{configuration}\n{plan.Seeds.Count} seed(s){parts}: points are seeds, open marks their means";
            // A grid is drawn as heat maps, and against its first parameter at the best value of the second.
            var (parameter, values, runs) = grid is null
                ? (plan.Parameter, plan.Values, FigureRuns(records))
                : (grid.Parameter1, grid.Values1, GridOutput.BestRuns(grid, FigureRuns(records)));
            if (grid is not null)
            {
                GridOutput.SavePhaseMaps(grid, records, $"Phase maps over {grid.Parameter1} and {grid.Parameter2}{configuration}\nmean over {plan.Seeds.Count} seed(s){parts}",
                    Path.Combine(dir, GridOutput.PhasePlot));
                subtitle += $"; at the best {grid.Parameter2} (highest mean acc_g)";
            }
            SweepFigures.Save(parameter, values, runs, AccuracyPanels,
                $"Perturbation learning against {parameter}{subtitle}", Path.Combine(dir, AccuracyPlot));
            SweepFigures.Save(parameter, values, runs, FeaturePanels,
                $"C1 cosine and activation flips against {parameter}{subtitle}", Path.Combine(dir, FeaturePlot));
        }
        AtomicFile.WriteAllText(Path.Combine(dir, Report), Markdown(store, rows, records, repeatCommand, provenance, note));
        return rows;
    }

    /// <summary>The base configuration in a few words for the figures' titles: the data and the settings the sweep does not vary.</summary>
    public static string FixedSettings(SweepPlan plan)
    {
        var swept = SweepGrid.Columns(plan.Parameter).SelectMany(p => p.Split(':')).ToHashSet();
        var spec = plan.Base;
        var parts = new List<string>();
        void Add(string option, string text) { if (!swept.Contains(option)) parts.Add(text); }
        Add("data", MapCommand.DataLabel(spec));
        if (!spec.Data.IsImageData)
        {
            Add("dim", $"d = {spec.Data.Dimension}");
            Add("samples", $"N = {spec.Data.Samples}");
        }
        Add("width", $"m = {spec.Network.Width}");
        Add("epsilon", $"ε = {OutputFiles.Number(spec.Attack.Epsilon)}");
        var training = spec.Training;
        string? epochs = swept.Contains("epochs-f") || swept.Contains("epochs-g") ? null : $"{training.EpochsF} + {training.EpochsG} epochs";
        string? rates = swept.Contains("lr-f") || swept.Contains("lr-g") ? null
            : training.LearningRateF == training.LearningRateG ? $"lr {OutputFiles.Number(training.LearningRateF)}"
            : $"lr {OutputFiles.Number(training.LearningRateF)} + {OutputFiles.Number(training.LearningRateG)}";
        if (epochs is not null || rates is not null) parts.Add(string.Join(" at ", new[] { epochs, rates }.OfType<string>()));
        Add("targets", $"{spec.Attack.Targets.ToString().ToLowerInvariant()} targets");
        Add("scenario", $"scenario {spec.Attack.Scenario.ToString().ToLowerInvariant()}");
        return string.Join(", ", parts);
    }

    public static string SummaryTable(SweepPlan plan, IReadOnlyList<SweepRow> rows)
    {
        var s = new StringBuilder();
        var header = new List<string>(SweepGrid.Columns(plan.Parameter)) { "runs" };
        foreach (var name in MetricColumns.Summarised.Select(c => c.Name)) header.AddRange([$"{name}_mean", $"{name}_std", $"{name}_min", $"{name}_max"]);
        s.Append(OutputFiles.CsvLine(header)).Append('\n');
        foreach (var row in rows)
        {
            var fields = new List<string>(SweepGrid.Fields(plan.Parameter, row.Value)) { row.Seeds.Count.ToString(CultureInfo.InvariantCulture) };
            foreach (var m in row.Metrics) fields.AddRange([OutputFiles.Number(m.Mean), OutputFiles.Number(m.Std), OutputFiles.Number(m.Min), OutputFiles.Number(m.Max)]);
            s.Append(OutputFiles.CsvLine(fields)).Append('\n');
        }
        return s.ToString();
    }

    public static string RunsTable(SweepPlan plan, IReadOnlyList<SweepRecord> records)
    {
        var s = new StringBuilder();
        s.Append(OutputFiles.CsvLine([.. SweepGrid.Columns(plan.Parameter), "seed", .. MetricColumns.All.Select(m => m.Name), "seconds"])).Append('\n');
        foreach (var r in records)
            s.Append(OutputFiles.CsvLine([.. SweepGrid.Fields(plan.Parameter, r.Value), r.Seed.ToString(CultureInfo.InvariantCulture),
                .. r.Values.Select(OutputFiles.Number), r.Seconds.ToString("F3", CultureInfo.InvariantCulture)])).Append('\n');
        return s.ToString();
    }

    public static JsonObject SummaryJsonNode(SweepStore store, IReadOnlyList<SweepRow> rows, IReadOnlyList<SweepRecord> records, Provenance provenance)
    {
        var plan = store.Plan;
        var table = new JsonArray();
        foreach (var row in rows)
        {
            var entry = new JsonObject
            {
                ["value"] = row.Value,
                ["seeds"] = new JsonArray(row.Seeds.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            };
            for (int m = 0; m < MetricColumns.Summarised.Count; m++)
            {
                var summary = row.Metrics[m];
                entry[MetricColumns.Summarised[m].Name] = new JsonObject
                {
                    ["mean"] = MetricColumns.Json(summary.Mean), ["std"] = MetricColumns.Json(summary.Std),
                    ["min"] = MetricColumns.Json(summary.Min), ["max"] = MetricColumns.Json(summary.Max),
                };
            }
            table.Add(entry);
        }
        return new JsonObject
        {
            ["param"] = plan.Parameter,
            ["values"] = new JsonArray(plan.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()),
            ["seeds"] = new JsonArray(plan.Seeds.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            ["shard"] = store.Shard.ToString(),
            ["fingerprint"] = plan.Fingerprint,
            ["runs_done"] = records.Count,
            ["runs_in_shard"] = plan.Points.Count(store.Shard.Contains),
            ["base_config"] = BaseConfig(plan),
            ["effective_data"] = new JsonArray(EffectiveData(records).Select(d => SpecJson.ToJson(d)).ToArray()),
            ["rows"] = table,
            ["provenance"] = provenance.Json(),
        };
    }

    /// <summary>The base configuration keyed by option, without the swept one (it takes each value).</summary>
    public static JsonObject BaseConfig(SweepPlan plan)
    {
        var config = ExperimentOptions.ConfigJson(plan.Base);
        config.Remove(plan.Parameter);
        return config;
    }

    /// <summary>The distinct data sections the runs actually used (for image data: d, N and test count of the files).</summary>
    public static IReadOnlyList<DataSpec> EffectiveData(IReadOnlyList<SweepRecord> records) => records.Select(r => r.Spec.Data).Distinct().ToList();

    private static string Markdown(SweepStore store, IReadOnlyList<SweepRow> rows, IReadOnlyList<SweepRecord> records, string repeatCommand, Provenance provenance, string? note)
    {
        int runs = records.Count;
        var plan = store.Plan;
        int expected = plan.Points.Count(store.Shard.Contains);
        var s = new StringBuilder();
        var grid = SweepGrid.Of(plan.Parameter, plan.Values);
        s.AppendLine(grid is null ? $"# Sweep over `--{plan.Parameter}`" : $"# Sweep over `--{grid.Parameter1}` and `--{grid.Parameter2}`");
        s.AppendLine();
        s.AppendLine($"Values {string.Join(", ", plan.Values)}; seeds {string.Join(", ", plan.Seeds)}" +
                     (store.Shard.IsWhole ? "" : $"; this directory is part {store.Shard} of the sweep") + $"; plan `{plan.Fingerprint}`.");
        s.AppendLine($"Runs finished: {runs} of {expected}." + (runs < expected ? " **Incomplete**: continue with the same command and `--resume`." : ""));
        if (note is not null) s.AppendLine().AppendLine(note);
        s.AppendLine();
        s.AppendLine(provenance.Markdown());
        s.AppendLine();
        s.AppendLine("Repeat with:");
        s.AppendLine();
        s.AppendLine("```");
        s.AppendLine(repeatCommand);
        s.AppendLine("```");
        s.AppendLine();
        if (rows.Count > 0 && grid is not null)
        {
            s.AppendLine($"![phase maps over {grid.Parameter1} and {grid.Parameter2}]({GridOutput.PhasePlot}.png)");
            s.AppendLine();
            s.Append(GridOutput.BestTable(grid, FigureRuns(records)));
            s.AppendLine();
        }
        if (rows.Count > 0)
        {
            s.AppendLine($"![accuracy of f and g and agreement against {grid?.Parameter1 ?? plan.Parameter}]({AccuracyPlot}.png)");
            s.AppendLine();
            s.AppendLine($"![cossim and activation flips against {grid?.Parameter1 ?? plan.Parameter}]({FeaturePlot}.png)");
            s.AppendLine();
            s.AppendLine("Mean ± standard deviation over seeds (n - 1 in the denominator):");
            s.AppendLine();
            var columns = SweepGrid.Columns(plan.Parameter);
            s.AppendLine($"| {string.Join(" | ", columns)} | runs | " + string.Join(" | ", MetricColumns.Summarised.Select(m => m.Name)) + " |");
            s.AppendLine($"| {string.Join(" | ", columns.Select(_ => "---"))} | --- | " + string.Join(" | ", MetricColumns.Summarised.Select(_ => "---")) + " |");
            foreach (var row in rows)
                s.AppendLine($"| {string.Join(" | ", SweepGrid.Fields(plan.Parameter, row.Value))} | {row.Seeds.Count} | " + string.Join(" | ", row.Metrics.Select(m => $"{m.Mean:F3} ± {m.Std:F3}")) + " |");
            s.AppendLine();
        }
        s.AppendLine("Metrics: " + string.Join("; ", MetricColumns.All.Select(m => $"`{m.Name}` {m.Description}")) + ".");
        s.AppendLine();
        s.AppendLine("Base configuration (the swept option takes each value; `--seed` is the first seed):");
        s.AppendLine();
        s.Append(ExperimentOptions.Table(plan.Base));
        s.AppendLine();
        foreach (var data in EffectiveData(records).Where(d => d.IsImageData))
            s.AppendLine($"Image data as loaded: d = {data.Dimension}, N = {data.Samples}, test points = {data.TestSamples}, classes {data.Pair.Positive} (+1) vs {data.Pair.Negative} (-1).").AppendLine();
        s.AppendLine($"Files: `{SummaryCsv}`, `{SummaryJson}` (table), `{RunsCsv}` (every run), `{SweepStore.RunsDirectory}/` (one JSON per finished run), `{SweepStore.ManifestName}` (the plan).");
        return s.ToString();
    }
}
