namespace TheoremCheck.Experiments;

/// <summary>Mean, sample standard deviation (n - 1; 0 for one run), minimum and maximum over seeds.</summary>
public sealed record MetricSummary(double Mean, double Std, double Min, double Max);
