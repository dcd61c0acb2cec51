using TheoremCheck.Theory;

namespace TheoremCheck.Pipeline;

/// <summary>The C2 conditions (THEORY §5) of a finished double-precision run, and the one precondition under which they apply.</summary>
public static class RunConditions
{
    /// <summary>
    /// Why the C2 conditions do not apply to runs of <paramref name="config"/>, as (option, message); empty when they do.
    /// They are derived (<see cref="PredictionMatching"/>) for scenario a with the identity loss and the L2 attack, and
    /// they divide by ε and by both training times. Every command asks this one question.
    /// </summary>
    public static IReadOnlyList<(string Option, string Message)> Inapplicable(ExperimentConfig config)
    {
        var reasons = new List<(string, string)>();
        if (config.Scenario != Scenario.A) reasons.Add(("--scenario", "must be a: the C2 conditions are derived for g learning r_n alone"));
        if (config.Loss != Training.LossKind.Identity) reasons.Add(("--loss", "must be identity: the C2 conditions are derived for the identity loss"));
        if (config.Norm != Attacks.PerturbationNorm.L2) reasons.Add(("--norm", "must be l2: condition (b) is derived for r_n = ε y^adv u_n / ||u_n||"));
        if (!(config.Epsilon > 0)) reasons.Add(("--epsilon", $"must be positive: condition (b) divides by ε, got {config.Epsilon}"));
        if (config.EpochsF <= 0) reasons.Add(("--epochs-f", $"must be positive: condition (a) divides by the training time, got {config.EpochsF}"));
        if (config.EpochsG <= 0) reasons.Add(("--epochs-g", $"must be positive: condition (b) divides by the training time, got {config.EpochsG}"));
        return reasons;
    }

    public static PredictionMatching For(PerturbationLearningRun<double> run, ExperimentConfig config, ConditionConstants constants)
    {
        var reasons = Inapplicable(config);
        if (reasons.Count > 0) throw new ArgumentException($"The C2 conditions do not apply: {reasons[0].Option} {reasons[0].Message}.");
        return new PredictionMatching(run.Inputs, run.Labels, run.Perturbations, run.Gradients, run.Targets,
            config.Slope, config.Width, run.F.TrainingTime, run.G.TrainingTime, config.Epsilon, constants,
            pairedNeurons: config.Init == Networks.InitKind.Symmetric);
    }

    /// <summary>The run's regime: flip shares of f and g and the width requirement (<see cref="LazyRegime"/>).</summary>
    public static PremiseCheck Premise(PerturbationLearningRun<double> run, ExperimentConfig config) =>
        PremiseCheck.Of(run.F.FlippedShare, run.G.FlippedShare, config.Width, run.Inputs.Cols, run.F.TrainingTime, run.G.TrainingTime);

    /// <summary>The premise, and the conditions with their decomposition and looseness at the run's test points when they apply.</summary>
    public static ConditionAssessment Assess(PerturbationLearningRun<double> run, ExperimentConfig config, ConditionConstants constants,
        CancellationToken cancel = default)
    {
        var premise = Premise(run, config);
        var reasons = Inapplicable(config);
        if (reasons.Count > 0) return new ConditionAssessment(premise, $"{reasons[0].Option} {reasons[0].Message}", null, null, null);
        var reports = For(run, config, constants).Evaluate(run.TestInputs, cancel: cancel);
        var f = run.F.Network.Outputs(run.TestInputs);
        var g = run.G.Network.Outputs(run.TestInputs);
        var agree = f.Select((value, k) => Metrics.Sign(value) == Metrics.Sign(g[k])).ToArray();
        return new ConditionAssessment(premise, null, reports, ConditionSummary.Of(reports, agree),
            ApproximationLooseness.Measure(f, g, reports, run.F.TrainingTime, run.G.TrainingTime, config.Epsilon));
    }
}
