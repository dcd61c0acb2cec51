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

    public static IReadOnlyList<SweepRow> Write(SweepStore store, string repeatCommand, Provenance provenance, string? note = null)
    {
        var plan = store.Plan;
        var records = store.LoadRecords();
        var rows = SweepMetrics.Aggregate(records);
        string dir = store.Directory;

        AtomicFile.WriteAllText(Path.Combine(dir, RunsCsv), provenance.CsvComment() + "\n" + RunsTable(plan, records));
        AtomicFile.WriteAllText(Path.Combine(dir, SummaryCsv), provenance.CsvComment() + "\n" + SummaryTable(plan, rows));
        AtomicFile.WriteAllText(Path.Combine(dir, SummaryJson), SummaryJsonNode(store, rows, records, provenance).ToJsonString(Reports.JsonOptions) + "\n");
        if (rows.Count > 0)
        {
            string parts = store.Shard.IsWhole ? "" : $", part {store.Shard}";
            Plots.Save(Plots.Sweep(plan.Parameter, rows, [MetricColumns.AccF.Name, MetricColumns.AccG.Name, MetricColumns.Agreement.Name],
                $"Perturbation learning against {plan.Parameter} ({plan.Seeds.Count} seed(s){parts})", "accuracy / agreement"),
                Path.Combine(dir, AccuracyPlot), 800, 550);
            Plots.Save(Plots.Sweep(plan.Parameter, rows, [MetricColumns.CosSim.Name, MetricColumns.FlippedF.Name, MetricColumns.FlippedG.Name],
                $"C1 cosine and activation flips against {plan.Parameter}", "share"),
                Path.Combine(dir, FeaturePlot), 800, 550);
        }
        AtomicFile.WriteAllText(Path.Combine(dir, Report), Markdown(store, rows, records, repeatCommand, provenance, note));
        return rows;
    }

    public static string SummaryTable(SweepPlan plan, IReadOnlyList<SweepRow> rows)
    {
        var s = new StringBuilder();
        var header = new List<string> { plan.Parameter, "runs" };
        foreach (var name in MetricColumns.Summarised.Select(c => c.Name)) header.AddRange([$"{name}_mean", $"{name}_std", $"{name}_min", $"{name}_max"]);
        s.Append(OutputFiles.CsvLine(header)).Append('\n');
        foreach (var row in rows)
        {
            var fields = new List<string> { row.Value, row.Seeds.Count.ToString(CultureInfo.InvariantCulture) };
            foreach (var m in row.Metrics) fields.AddRange([OutputFiles.Number(m.Mean), OutputFiles.Number(m.Std), OutputFiles.Number(m.Min), OutputFiles.Number(m.Max)]);
            s.Append(OutputFiles.CsvLine(fields)).Append('\n');
        }
        return s.ToString();
    }

    public static string RunsTable(SweepPlan plan, IReadOnlyList<SweepRecord> records)
    {
        var s = new StringBuilder();
        s.Append(OutputFiles.CsvLine([plan.Parameter, "seed", .. MetricColumns.All.Select(m => m.Name), "seconds"])).Append('\n');
        foreach (var r in records)
            s.Append(OutputFiles.CsvLine([r.Value, r.Seed.ToString(CultureInfo.InvariantCulture),
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
                entry[MetricColumns.Summarised[m].Name] = new JsonObject { ["mean"] = summary.Mean, ["std"] = summary.Std, ["min"] = summary.Min, ["max"] = summary.Max };
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
        s.AppendLine($"# Sweep over `--{plan.Parameter}`");
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
        if (rows.Count > 0)
        {
            s.AppendLine($"![accuracy of f and g and agreement against {plan.Parameter}]({AccuracyPlot}.png)");
            s.AppendLine();
            s.AppendLine($"![cossim and activation flips against {plan.Parameter}]({FeaturePlot}.png)");
            s.AppendLine();
            s.AppendLine("Mean ± standard deviation over seeds (n - 1 in the denominator):");
            s.AppendLine();
            s.AppendLine($"| {plan.Parameter} | runs | " + string.Join(" | ", MetricColumns.Summarised.Select(m => m.Name)) + " |");
            s.AppendLine("| --- | --- | " + string.Join(" | ", MetricColumns.Summarised.Select(_ => "---")) + " |");
            foreach (var row in rows)
                s.AppendLine($"| {row.Value} | {row.Seeds.Count} | " + string.Join(" | ", row.Metrics.Select(m => $"{m.Mean:F3} ± {m.Std:F3}")) + " |");
            s.AppendLine();
        }
        s.AppendLine("Metrics: " + string.Join("; ", MetricColumns.All.Select(m => $"`{m.Name}` {m.Description}")) + ".");
        s.AppendLine();
        s.AppendLine("Base configuration (the swept option takes each value; `--seed` is the first seed):");
        s.AppendLine();
        s.Append(ExperimentOptions.Table(plan.Base));
        s.AppendLine();
        foreach (var data in EffectiveData(records).Where(d => d.IsImageData))
            s.AppendLine($"Image data as loaded: d = {data.Dimension}, N = {data.Samples}, test points = {data.TestSamples}, classes {data.Classes.Positive} (+1) vs {data.Classes.Negative} (-1).").AppendLine();
        s.AppendLine($"Files: `{SummaryCsv}`, `{SummaryJson}` (table), `{RunsCsv}` (every run), `{SweepStore.RunsDirectory}/` (one JSON per finished run), `{SweepStore.ManifestName}` (the plan).");
        return s.ToString();
    }
}
