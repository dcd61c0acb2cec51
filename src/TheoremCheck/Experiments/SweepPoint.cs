namespace TheoremCheck.Experiments;

/// <summary>One configuration of a sweep: the <see cref="ValueIndex"/>-th value with one seed; <see cref="Index"/> is its place in the plan.</summary>
public sealed record SweepPoint(int Index, int ValueIndex, string Value, int Seed);
