namespace TheoremCheck.Pipeline;

/// <summary>
/// One measured quantity as every output shows it: its name (the reference code's where it has one), what it
/// means, its value in a run, whether sweep tables summarise it over seeds (mean, std, min, max), and for a
/// counted share the count behind it (exact in both arithmetics).
/// </summary>
public sealed record MetricColumn(string Name, string Description, Func<RunMetrics, double> Value, bool Summarised = true)
{
    /// <summary>The hits/total behind a share (accuracies, agreement); null for other quantities.</summary>
    public Func<RunMetrics, Proportion>? Count { get; init; }

    /// <summary>
    /// Whether the run report and the sweep's console table list the column. The theory's columns are not listed there:
    /// the run report shows them in their own section, qualified by the premise ("outside the theorem's premise").
    /// </summary>
    public bool Listed { get; init; } = true;

    /// <summary>Whether the value is a whole number (a count of samples), shown without decimals.</summary>
    public bool IsWholeNumber { get; init; }
}
