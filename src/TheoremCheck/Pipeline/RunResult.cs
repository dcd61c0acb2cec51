namespace TheoremCheck.Pipeline;

/// <summary>A double-precision run: configuration (sizes as loaded), metrics, seconds per stage.</summary>
public sealed record RunResult(
    ExperimentConfig Config, RunMetrics Metrics, IReadOnlyDictionary<string, double> Seconds, string DataDescription,
    PerturbationLearningRun<double> Run);
