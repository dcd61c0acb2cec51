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

    public static readonly IReadOnlyList<MetricColumn> All = [AccF, AccG, Agreement, CosSim, FlippedF, FlippedG, TargetMean, ZeroGradients];

    /// <summary>The columns a sweep table summarises over seeds, in order.</summary>
    public static readonly IReadOnlyList<MetricColumn> Summarised = All.Where(c => c.Summarised).ToList();

    public static MetricColumn Find(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"Unknown metric column '{name}'; one of {string.Join(", ", All.Select(c => c.Name))}.");

    /// <summary>The values of every column for one run, in the order of <see cref="All"/>.</summary>
    public static double[] Values(RunMetrics metrics) => All.Select(c => c.Value(metrics)).ToArray();
}
