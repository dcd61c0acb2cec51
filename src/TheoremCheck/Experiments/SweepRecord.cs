using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>The measured result of one sweep point.</summary>
public sealed record SweepRecord(int ValueIndex, string Value, int Seed, RunMetrics Metrics, double Seconds);
