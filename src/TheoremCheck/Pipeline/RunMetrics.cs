namespace TheoremCheck.Pipeline;

/// <summary>
/// The measured quantities of THEORY §2 (names as in the reference code), computed by <see cref="Metrics.Measure"/>.
/// Accuracies and agreement are counts; <see cref="FlippedF"/>/<see cref="FlippedG"/> are the shares of (neuron,
/// training point) activation patterns that differ at the end of training from initialisation, and
/// <see cref="EverFlippedF"/>/<see cref="EverFlippedG"/> count the patterns that differed at some step (training
/// points, and the test points when they are monitored). <see cref="TargetMean"/> is ȳ^adv (THEORY §5-§6).
/// A new measured quantity is one property here, set in <see cref="Metrics.Measure"/>, and one entry in
/// <see cref="MetricColumns.All"/>. <see cref="Conditions"/> is what the theory says about the run (its premise,
/// and the C2 conditions at the test points where they apply), set by <see cref="PerturbationLearning.Run{T}"/>.
/// </summary>
public sealed record RunMetrics(
    Proportion AccF, Proportion AccG, Proportion Agreement, double CosSim,
    double FlippedF, double FlippedG, int EverFlippedF, int EverFlippedG, int ZeroGradients, double TargetMean)
{
    public Theory.ConditionAssessment? Conditions { get; init; }
}
