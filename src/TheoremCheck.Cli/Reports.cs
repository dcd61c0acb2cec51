using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// The renderings of a run, one writer each for JSON, text and CSV, the same for both arithmetics: the metric
/// columns (<see cref="MetricColumns"/>) with their counts, the training times, the <see cref="Sections"/>,
/// seconds, the data, the effective configuration and its specification, and the provenance.
/// </summary>
public static class Reports
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>The structured parts of every run output, in order; add an <see cref="IRunSection"/> here to extend them all.</summary>
    public static readonly IReadOnlyList<IRunSection> Sections = [new ClosedFormSection(), new ConditionsSection()];

    public static JsonObject Json<T>(RunResult<T> result, Provenance provenance) where T : struct, INumber<T>
    {
        var m = result.Metrics;
        var node = new JsonObject();
        foreach (var column in MetricColumns.All) node[column.Name] = MetricColumns.Json(column.Value(m));
        var counts = new JsonObject();
        foreach (var column in MetricColumns.All)
            if (column.Count?.Invoke(m) is { } count)
                counts[column.Name] = new JsonObject { ["hits"] = count.Hits, ["total"] = count.Total, ["fraction"] = count.Fraction.ToString() };
        node["counts"] = counts;
        node["ever_flipped"] = new JsonObject { ["f"] = m.EverFlippedF, ["g"] = m.EverFlippedG };
        node["arithmetic"] = result.IsExact ? "exact" : "double";
        node["attack_used"] = JsonNamingPolicy.KebabCaseLower.ConvertName(result.AttackUsed.ToString());
        node["training_time"] = new JsonObject { ["f"] = NumberText.Json(result.TimeF), ["g"] = NumberText.Json(result.TimeG) };
        foreach (var section in Sections)
            if (section.Json(result) is { } part) node[section.Name] = part;
        var seconds = new JsonObject();
        foreach (var (stage, s) in result.Seconds) seconds[stage] = Math.Round(s, 4);
        node["seconds"] = Math.Round(result.Seconds["total"], 4);
        node["stage_seconds"] = seconds;
        node["data"] = result.DataDescription;
        node["config"] = ExperimentOptions.ConfigJson(result.Spec);
        node["spec"] = SpecJson.ToJson(result.Spec);
        node["provenance"] = provenance.Json();
        return node;
    }

    public static string Text<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        var m = result.Metrics;
        var spec = result.Spec;
        var s = new StringBuilder();
        s.AppendLine(result.IsExact
            ? "TheoremCheck run --exact: perturbation learning in exact rational arithmetic (THEORY §1, §3)"
            : "TheoremCheck run: perturbation learning (THEORY §1)");
        s.AppendLine($"  data        {result.DataDescription}, N = {spec.Data.Samples}, test = {spec.Data.TestSamples}");
        s.AppendLine($"  config      {ExperimentOptions.Describe(spec, applicableOnly: true)}");
        s.AppendLine($"  attack      {AttackBanner(spec, result.AttackUsed)}");
        if (result.IsExact) s.AppendLine($"  exact       data and initial weights rounded to the dyadic grid 1/{1 << Initialisation.GridBits}; parameters as typed (0.9 is 9/10)");
        s.AppendLine();
        foreach (var column in MetricColumns.All.Where(c => c.Listed))
        {
            string value = column.Value(m).ToString(column.IsWholeNumber ? "F0" : "F4", CultureInfo.InvariantCulture);
            string count = column.Count?.Invoke(m) is { } c ? c.ToString() : "";
            s.AppendLine($"  {column.Name,-14} {value,8}  {count,-11}  {column.Description}");
        }
        s.AppendLine($"  t_f = {NumberText.Show(result.TimeF)}, t_g = {NumberText.Show(result.TimeG)}; patterns ever flipped: f {m.EverFlippedF}, g {m.EverFlippedG}");
        foreach (var section in Sections)
            foreach (var line in section.Text(result)) s.AppendLine("  " + line);
        s.AppendLine();
        s.Append("  seconds     ").AppendJoin("  ", result.Seconds.Select(kv => $"{kv.Key} {kv.Value.ToString("F2", CultureInfo.InvariantCulture)}"));
        return s.ToString();
    }

    /// <summary>A provenance comment line, the metric columns and seconds as a header, and one row.</summary>
    public static string Csv<T>(RunResult<T> result, Provenance provenance) where T : struct, INumber<T>
    {
        var header = MetricColumns.All.Select(c => c.Name).Append("seconds");
        var row = MetricColumns.All.Select(c => OutputFiles.Number(c.Value(result.Metrics))).Append(OutputFiles.Number(Math.Round(result.Seconds["total"], 4)));
        return provenance.CsvComment() + "\n" + OutputFiles.CsvLine(header) + "\n" + OutputFiles.CsvLine(row) + "\n";
    }

    /// <summary>The attack as it ran: its formula with the options used, and the exact stand-in when there was one.</summary>
    public static string AttackBanner(ExperimentSpec spec, PerturbationNorm used)
    {
        var a = spec.Attack;
        string eps = a.Epsilon.ToString("R", CultureInfo.InvariantCulture);
        string attack = (a.Norm, used) switch
        {
            (PerturbationNorm.L2, PerturbationNorm.ScaledLinf) => $"L2 direction scaled to L∞ length ε = {eps}, r_n = ε y^adv u_n / ||u_n||_∞ (exact arithmetic has no square root; E1-E4 use only the direction)",
            (PerturbationNorm.L2, _) => $"L2, r_n = ε y^adv u_n / ||u_n||₂ with ε = {eps}",
            (PerturbationNorm.Linf, _) => $"L∞, r_n = ε y^adv sign(u_n) with ε = {eps}",
            (PerturbationNorm.L0, _) => $"L0, ε y^adv sign(u_n) on the {a.L0Coordinates} coordinates of largest |u_n| with ε = {eps}",
            _ => $"{used.ToString().ToLowerInvariant()} with ε = {eps}",
        };
        string targets = a.Targets == TargetKind.Balanced ? "balanced target labels" : "random target labels";
        string scenario = a.Scenario == Scenario.A ? "scenario a (g learns r_n)" : "scenario b (g learns x_n + r_n)";
        return $"{attack}; {targets}; {scenario}";
    }
}
