namespace TheoremCheck.Pipeline;

/// <summary>
/// The metric columns, declared once: run JSON, text and CSV, the sweep store, sweep tables and sweep plots
/// all iterate this list, so a column added here appears in each of them (and old sweep files without it
/// are refused as incomplete rather than read as zeros).
/// </summary>
public static class MetricColumns
{
    public static readonly MetricColumn AccF = new("acc_f", "accuracy of f on D", m => m.AccF.Share) { Count = m => m.AccF };
    public static readonly MetricColumn AccG = new("acc_g", "accuracy of g on the clean, correctly labelled D", m => m.AccG.Share) { Count = m => m.AccG };
    public static readonly MetricColumn Agreement = new("agreement", "share of fresh test inputs with sgn f = sgn g", m => m.Agreement.Share) { Count = m => m.Agreement };
    public static readonly MetricColumn CosSim = new("cossim", "mean |cos(r_n, Σ_k y_k Φ(x_k, x_n) x_k)| (C1)", m => m.CosSim);
    public static readonly MetricColumn FlippedF = new("flipped_f", "share of activation patterns of f at D changed by training", m => m.FlippedF);
    public static readonly MetricColumn FlippedG = new("flipped_g", "share of activation patterns of g at D^adv changed by training", m => m.FlippedG);
    public static readonly MetricColumn TargetMean = new("target_mean", "mean target label ȳ^adv: the bias term B_g/ε of THEORY §5 grows with it", m => m.TargetMean, Summarised: false);
    public static readonly MetricColumn ZeroGradients = new("zero_gradients", "samples with a zero input gradient (their perturbation is zero)", m => m.ZeroGradients, Summarised: false) { IsWholeNumber = true };


    // What the theory says about the run (THEORY §5, Theory.LazyRegime): whether it is in the premise, and the shares of
    // the test points where the C2 conditions hold. A quantity that does not apply to a run is NaN (null in JSON).
    public static readonly MetricColumn Premise = new("premise", "1 when both trainings stayed lazy (flip shares at most 0.1), the regime the theorem assumes; else 0",
        m => m.Conditions is { } c ? (c.Premise.Holds ? 1 : 0) : double.NaN) { Listed = false };
    public static readonly MetricColumn WidthRatio = new("width_ratio", "m / (d² (t_f + t_g)²): the width requirement holds where this is large",
        m => m.Conditions?.Premise.WidthRatio ?? double.NaN, Summarised: false) { Listed = false };
    public static readonly MetricColumn MarginF = Share("margin_f", "(a) functional margin condition 1", s => s.MarginF);
    public static readonly MetricColumn MarginG = Share("margin_g", "(b) functional margin condition 2", s => s.MarginG);
    public static readonly MetricColumn AgreementCondition = Share("agreement_condition", "(c) agreement condition", s => s.Agreement);
    public static readonly MetricColumn AllConditions = Share("all_conditions", "(a) ∧ (b) ∧ (c)", s => s.All);
    public static readonly MetricColumn AllWithinPremise = new("all_within_premise",
        "share of test points where (a) ∧ (b) ∧ (c) hold in a run within the premise (0 outside it): where C2 claims sgn f = sgn g",
        m => m.Conditions is { Summary: { } s } c ? s.AllWithinPremise(c.Premise) : double.NaN) { Listed = false };

    public static readonly IReadOnlyList<MetricColumn> All =
        [AccF, AccG, Agreement, CosSim, FlippedF, FlippedG, TargetMean, ZeroGradients,
         Premise, WidthRatio, MarginF, MarginG, AgreementCondition, AllConditions, AllWithinPremise];

    /// <summary>The columns a sweep table summarises over seeds, in order.</summary>
    public static readonly IReadOnlyList<MetricColumn> Summarised = All.Where(c => c.Summarised).ToList();

    public static MetricColumn Find(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"Unknown metric column '{name}'; one of {string.Join(", ", All.Select(c => c.Name))}.");

    /// <summary>A column value as JSON: a number, or null where it does not apply (NaN) or is infinite.</summary>
    public static System.Text.Json.Nodes.JsonNode? Json(double value) => double.IsFinite(value) ? System.Text.Json.Nodes.JsonValue.Create(value) : null;

    /// <summary>A column value read back from JSON: null is NaN, the value that does not apply.</summary>
    public static double FromJson(System.Text.Json.Nodes.JsonNode? node) => node is null ? double.NaN : (double)node;

    private static MetricColumn Share(string name, string condition, Func<Theory.ConditionSummary, int> count) =>
        new(name, $"share of test points where {condition} is met as evaluated (C2, THEORY §5; outside the theorem's premise, premise = 0, it is what would hold if it applied)",
            m => m.Conditions?.Summary is { } s ? s.Share(count(s)) : double.NaN) { Listed = false };

    /// <summary>The values of every column for one run, in the order of <see cref="All"/>.</summary>
    public static double[] Values(RunMetrics metrics) => All.Select(c => c.Value(metrics)).ToArray();
}
