using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// One run of a sweep: the <see cref="ValueIndex"/>-th value with one seed, and the specification it runs;
/// <see cref="Index"/> is its place in the plan.
/// </summary>
public sealed record SweepPoint(int Index, int ValueIndex, string Value, int Seed, ExperimentSpec Spec);
