namespace TheoremCheck.Pipeline;

/// <summary>One option of an experiment: its command-line name, help text and how it sets the config.</summary>
public sealed record ConfigOption(string Name, string Description, Func<ExperimentConfig, string> Show, Func<ExperimentConfig, string, ExperimentConfig> Apply);
