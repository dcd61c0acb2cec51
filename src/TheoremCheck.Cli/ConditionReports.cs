using System.Globalization;
using System.Text.Json.Nodes;
using TheoremCheck.Theory;

namespace TheoremCheck.Cli;

/// <summary>
/// How every output states the regime and the C2 conditions (THEORY §5): the premise line, the condition shares
/// (qualified as "outside the theorem's premise" where the run is), which error term is largest where (a) or (b)
/// fails, and how loose the bounds were. Text for reports, JSON for result files.
/// </summary>
public static class ConditionReports
{
    public static JsonObject PremiseJson(PremiseCheck premise) => new()
    {
        ["holds"] = premise.Holds,
        ["verdict"] = premise.Verdict,
        ["flipped_f"] = premise.FlippedF,
        ["flipped_g"] = premise.FlippedG,
        ["flip_share_threshold"] = LazyRegime.FlipShareThreshold,
        ["width_ratio"] = Finite(premise.WidthRatio),
        ["width_ratio_form"] = $"m / (d^{LazyRegime.DimensionExponent} (t_f + t_g)^2)",
    };

    /// <summary>The shares, their status under the premise, and the largest error term where (a) and (b) fail (shares of the failing points).</summary>
    public static JsonObject SummaryJson(ConditionSummary summary, PremiseCheck premise)
    {
        JsonObject Largest(IReadOnlyList<int> counts, int failing)
        {
            var node = new JsonObject();
            foreach (var term in MarginErrors.Terms) node[MarginErrors.Key(term)] = failing == 0 ? 0.0 : (double)counts[(int)term] / failing;
            return node;
        }
        return new JsonObject
        {
            ["points"] = summary.Points,
            ["status"] = premise.Holds ? "applies" : PremiseCheck.Outside,
            ["share_signs_agree"] = summary.Share(summary.SignsAgree),
            ["share_margin_f"] = summary.Share(summary.MarginF),
            ["share_margin_g"] = summary.Share(summary.MarginG),
            ["share_agreement_condition"] = summary.Share(summary.Agreement),
            ["share_all_conditions"] = summary.Share(summary.All),
            ["share_all_within_premise"] = summary.AllWithinPremise(premise),
            ["points_all_conditions_signs_agree"] = summary.AllAndSignsAgree,
            ["points_all_conditions_signs_differ"] = summary.AllButSignsDiffer,
            ["largest_term_where_f_fails"] = Largest(summary.LargestWhereFFails, summary.Points - summary.MarginF),
            ["largest_term_where_g_fails"] = Largest(summary.LargestWhereGFails, summary.Points - summary.MarginG),
        };
    }

    public static JsonObject LoosenessJson(ApproximationLooseness looseness) => new()
    {
        ["points"] = looseness.Points,
        ["median_ratio_f"] = Finite(looseness.MedianF), ["worst_ratio_f"] = Finite(looseness.WorstF), ["points_bound_exceeded_f"] = looseness.ExceededF,
        ["median_ratio_g"] = Finite(looseness.MedianG), ["worst_ratio_g"] = Finite(looseness.WorstG), ["points_bound_exceeded_g"] = looseness.ExceededG,
    };

    /// <summary>The whole assessment of a run at its test points; <paramref name="notApplicable"/> says why the conditions do not apply, when they do not.</summary>
    public static JsonObject AssessmentJson(ConditionAssessment assessment, string? notApplicable)
    {
        var node = new JsonObject { ["premise"] = PremiseJson(assessment.Premise) };
        if (!assessment.Applies) node["conditions"] = $"not applicable: {notApplicable}";
        else
        {
            node["conditions"] = SummaryJson(assessment.Summary!, assessment.Premise);
            node["looseness"] = LoosenessJson(assessment.Looseness!);
        }
        return node;
    }

    /// <summary>The report lines: premise, shares, failures and looseness, each starting with <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Lines(PremiseCheck premise, ConditionSummary? summary, ApproximationLooseness? looseness, string where,
        string? notApplicable = null, string indent = "")
    {
        yield return $"{indent}premise: {premise.Describe()}";
        if (notApplicable is not null) { yield return $"{indent}C2 conditions: not applicable ({notApplicable})"; yield break; }
        if (summary is null) yield break;
        yield return $"{indent}C2 conditions at {where}" + (premise.Holds ? ":" : $", {PremiseCheck.Outside}:");
        yield return $"{indent}  (a) {premise.Qualify(summary.Share(summary.MarginF))}   (b) {premise.Qualify(summary.Share(summary.MarginG))}   " +
                     $"(c) {Percent(summary.Share(summary.Agreement))}   (a) ∧ (b) ∧ (c) {premise.Qualify(summary.Share(summary.All))}";
        yield return $"{indent}  {summary.Failures(conditionF: true)}";
        yield return $"{indent}  {summary.Failures(conditionF: false)}";
        if (summary.All > 0)
            yield return $"{indent}  where (a) ∧ (b) ∧ (c) hold, sgn f = sgn g at {summary.AllAndSignsAgree} points and differs at {summary.AllButSignsDiffer}" +
                         (premise.Holds ? " (C2 predicts none)" : " (C2 claims nothing outside its premise)");
        if (looseness is not null) yield return $"{indent}{LoosenessLine(looseness)}";
    }

    public static string LoosenessLine(ApproximationLooseness l) =>
        $"looseness (realised error / bound): f_t/t_f - f̂: median {Ratio(l.MedianF)}, worst {Ratio(l.WorstF)}, above 1 at {l.ExceededF} of {l.Points}; " +
        $"g_t/(t_g ε) - ĝ_n: median {Ratio(l.MedianG)}, worst {Ratio(l.WorstG)}, above 1 at {l.ExceededG} of {l.Points}";

    /// <summary>
    /// The columns of one point in map.csv and a run's conditions.csv: the outputs, f̂ and ĝ_n, every error term of (a)
    /// (no gradient-direction term) and of (b), the thresholds (their sums), the conditions, and the largest term where
    /// (a) or (b) fails (empty where it holds).
    /// </summary>
    public static readonly IReadOnlyList<string> PointColumns =
    [
        "f", "g", "f_hat", "g_hat",
        .. MarginErrors.Terms.Where(t => t != ErrorTerm.Direction).Select(t => "f_" + MarginErrors.Key(t)),
        .. MarginErrors.Terms.Select(t => "g_" + MarginErrors.Key(t)),
        "threshold_f", "threshold_g", "margin_f", "margin_g", "agreement_condition", "all_conditions", "signs_agree",
        "largest_failing_f", "largest_failing_g",
    ];

    public static IEnumerable<string> PointFields(ConditionReport report, double f, double g)
    {
        static string Bit(bool value) => value ? "1" : "0";
        yield return OutputFiles.Number(f);
        yield return OutputFiles.Number(g);
        yield return OutputFiles.Number(report.FHat);
        yield return OutputFiles.Number(report.GHat);
        foreach (var t in MarginErrors.Terms.Where(t => t != ErrorTerm.Direction)) yield return OutputFiles.Number(report.ErrorsF[t]);
        foreach (var t in MarginErrors.Terms) yield return OutputFiles.Number(report.ErrorsG[t]);
        yield return OutputFiles.Number(report.ThresholdF);
        yield return OutputFiles.Number(report.ThresholdG);
        yield return Bit(report.MarginF);
        yield return Bit(report.MarginG);
        yield return Bit(report.Agreement);
        yield return Bit(report.All);
        yield return Bit(Pipeline.Metrics.Sign(f) == Pipeline.Metrics.Sign(g));
        yield return report.MarginF ? "" : MarginErrors.Key(report.ErrorsF.Largest);
        yield return report.MarginG ? "" : MarginErrors.Key(report.ErrorsG.Largest);
    }

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => double.IsPositiveInfinity(value) ? "∞" : value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>JSON has no infinity: an infinite or NaN ratio is written as null.</summary>
    private static JsonNode? Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
