namespace TheoremCheck.Cli;

/// <summary>One finished run of a sweep as a figure draws it: its value's index, its seed, ȳ^adv and its metrics by name.</summary>
public sealed record SweepRun(int ValueIndex, int Seed, double TargetMean, IReadOnlyDictionary<string, double> Metrics);
