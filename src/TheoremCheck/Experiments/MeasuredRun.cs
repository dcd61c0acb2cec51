using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>What a sweep keeps of one run: its effective specification and its metrics.</summary>
public sealed record MeasuredRun(ExperimentSpec Spec, RunMetrics Metrics);
