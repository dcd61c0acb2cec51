namespace TheoremCheck.Cli;

/// <summary>
/// One panel of a sweep figure: the metrics it draws (each with its own marker and line style), the y-axis name,
/// an optional reference line (chance 0.5 for agreement, the lazy threshold for flip shares), and whether the
/// quantities lie in [0, 1] (shares, accuracies, |cos|), which bounds the fitted y range.
/// </summary>
public sealed record SweepPanel(string Title, string YLabel, IReadOnlyList<string> Metrics, double? Reference = null, string? ReferenceLabel = null,
    bool Bounded = true);
