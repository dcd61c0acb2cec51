using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>Human and machine renderings of a run.</summary>
public static class Reports
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static JsonObject ConfigJson(ExperimentConfig config)
    {
        var node = new JsonObject();
        foreach (var option in ConfigOptions.All) node[option.Name[2..]] = option.Show(config);
        node["exact"] = config.Exact;
        return node;
    }

    public static JsonObject Json(RunResult result)
    {
        var m = result.Metrics;
        var seconds = new JsonObject();
        foreach (var (stage, s) in result.Seconds) seconds[stage] = Math.Round(s, 4);
        return new JsonObject
        {
            ["acc_f"] = m.AccF, ["acc_g"] = m.AccG, ["agreement"] = m.Agreement, ["cossim"] = m.CosSim,
            ["flipped_f"] = m.FlippedF, ["flipped_g"] = m.FlippedG, ["zero_gradients"] = m.ZeroGradients,
            ["target_mean"] = result.Run.Targets.Average(),
            ["seconds"] = Math.Round(result.Seconds["total"], 4), ["stage_seconds"] = seconds,
            ["data"] = result.DataDescription, ["config"] = ConfigJson(result.Config),
        };
    }

    public static string Text(RunResult result)
    {
        var m = result.Metrics;
        var c = result.Config;
        var s = new StringBuilder();
        s.AppendLine("TheoremCheck run: perturbation learning (THEORY §1)");
        s.AppendLine($"  data        {result.DataDescription}, N = {c.Samples}, test = {c.TestSamples}");
        s.AppendLine($"  config      {ConfigOptions.Describe(c)}");
        s.AppendLine();
        s.AppendLine($"  acc_f       {m.AccF,8:F4}   accuracy of f on D");
        s.AppendLine($"  acc_g       {m.AccG,8:F4}   accuracy of g on the clean, correctly labelled D");
        s.AppendLine($"  agreement   {m.Agreement,8:F4}   share of fresh test inputs with sgn f = sgn g");
        s.AppendLine($"  cossim      {m.CosSim,8:F4}   mean |cos(r_n, Σ_k y_k Φ(x_k, x_n) x_k)| (C1)");
        s.AppendLine($"  flipped_f   {m.FlippedF,8:F4}   share of activation patterns of f at D changed by training");
        s.AppendLine($"  flipped_g   {m.FlippedG,8:F4}   share of activation patterns of g at D^adv changed by training");
        s.AppendLine($"  target_mean {result.Run.Targets.Average(),8:F4}   mean target label ȳ^adv: the bias term B_g/ε of THEORY §5 grows with it");
        if (m.ZeroGradients > 0) s.AppendLine($"  zero input gradients: {m.ZeroGradients} (their perturbations are zero)");
        s.AppendLine();
        s.Append("  seconds     ").AppendJoin("  ", result.Seconds.Select(kv => $"{kv.Key} {kv.Value.ToString("F2", CultureInfo.InvariantCulture)}"));
        return s.ToString();
    }

    public static JsonObject ExactJson(ExactRunResult r) => new()
    {
        ["acc_f"] = r.AccF.ToString(), ["acc_g"] = r.AccG.ToString(), ["agreement"] = r.Agreement.ToString(),
        ["cossim"] = r.CosSim, ["flipped_f"] = r.EverFlippedF, ["flipped_g"] = r.EverFlippedG,
        ["t_f"] = r.TimeF.ToString(), ["t_g"] = r.TimeG.ToString(),
        ["e3_holds"] = r.E3Holds, ["e4_holds"] = r.E4Holds,
        ["f_test"] = new JsonArray(r.TestOutputsF.Select(v => (JsonNode)JsonValue.Create(v.ToString())!).ToArray()),
        ["g_test"] = new JsonArray(r.TestOutputsG.Select(v => (JsonNode)JsonValue.Create(v.ToString())!).ToArray()),
        ["seconds"] = 0.0, ["config"] = ConfigJson(r.Config),
    };

    public static string ExactText(ExactRunResult r)
    {
        static string Claim(bool? holds) => holds switch { true => "holds exactly", false => "FAILS", null => "not applicable (a pattern flipped, or the attack is not parallel to u)" };
        var s = new StringBuilder();
        s.AppendLine("TheoremCheck run --exact: rational arithmetic (THEORY §3)");
        s.AppendLine($"  config      {ConfigOptions.Describe(r.Config)}");
        s.AppendLine("  data and initial weights rounded to the dyadic grid 1/64; L2 attack scaled by its L∞ norm (same direction)");
        s.AppendLine($"  acc_f       {r.AccF}");
        s.AppendLine($"  acc_g       {r.AccG}");
        s.AppendLine($"  agreement   {r.Agreement}");
        s.AppendLine($"  cossim      {r.CosSim:F6} (double: Φ needs arcsin)");
        s.AppendLine($"  t_f = {r.TimeF}, t_g = {r.TimeG}; patterns ever flipped: f {r.EverFlippedF}, g {r.EverFlippedG}");
        s.AppendLine($"  E3 (f_t closed form)  {Claim(r.E3Holds)}");
        s.AppendLine($"  E4 (g_t closed form)  {Claim(r.E4Holds)}");
        for (int k = 0; k < r.TestOutputsF.Count; k++)
            s.AppendLine($"  z_{k}: f = {r.TestOutputsF[k]}   g = {r.TestOutputsG[k]}");
        return s.ToString().TrimEnd();
    }
}
