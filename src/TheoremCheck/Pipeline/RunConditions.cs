using TheoremCheck.Attacks;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>The C2 conditions (THEORY §5) of a finished double-precision run, the one precondition under which they apply, and the run's regime.</summary>
public static class RunConditions
{
    /// <summary>
    /// Why the conditions of C2 do not apply to runs of <paramref name="spec"/> (empty when they do): they are
    /// derived for scenario a, the identity loss and the L2 attack, and divide by ε and by both training times.
    /// </summary>
    public static IEnumerable<SpecProblem> Problems(ExperimentSpec spec)
    {
        if (spec.Attack.Scenario != Scenario.A)
            yield return new(AttackSpec.Field(nameof(AttackSpec.Scenario)), "must be a: the conditions of C2 are derived for g learning r_n alone");
        if (spec.Training.Loss != LossKind.Identity)
            yield return new(TrainingSpec.Field(nameof(TrainingSpec.Loss)), "must be identity: the conditions of C2 are derived for the identity loss");
        if (spec.Attack.Norm != PerturbationNorm.L2)
            yield return new(AttackSpec.Field(nameof(AttackSpec.Norm)), "must be l2: condition (b) is derived for r_n = ε y^adv u_n / ||u_n||");
        if (!(spec.Attack.Epsilon > 0))
            yield return new(AttackSpec.Field(nameof(AttackSpec.Epsilon)), $"must be positive for the conditions of C2 (condition (b) divides by it), got {spec.Attack.Epsilon}");
        if (spec.Training.EpochsF == 0)
            yield return new(TrainingSpec.Field(nameof(TrainingSpec.EpochsF)), "must be positive for the conditions of C2 (they divide by the training time of f)");
        if (spec.Training.EpochsG == 0)
            yield return new(TrainingSpec.Field(nameof(TrainingSpec.EpochsG)), "must be positive for the conditions of C2 (they divide by the training time of g)");
    }

    public static PredictionMatching For(PerturbationLearningRun<double> run, ExperimentSpec spec, ConditionConstants constants)
    {
        var problem = Problems(spec).FirstOrDefault();
        if (problem is not null) throw new ArgumentException($"The conditions of C2 do not apply: {problem}.");
        return new PredictionMatching(run.Inputs, run.Labels, run.Perturbations, run.Gradients, run.Targets,
            spec.Network.Slope, spec.Network.Width, run.F.TrainingTime, run.G.TrainingTime, spec.Attack.Epsilon, constants,
            pairedNeurons: spec.Network.Init == Networks.InitKind.Symmetric);
    }

    /// <summary>The run's regime: flip shares of f and g and the width requirement (<see cref="LazyRegime"/>).</summary>
    public static PremiseCheck Premise<T>(PerturbationLearningRun<T> run, ExperimentSpec spec) where T : struct, System.Numerics.INumber<T> =>
        PremiseCheck.Of(run.F.FlippedShare, run.G.FlippedShare, spec.Network.Width, run.Inputs.Cols,
            double.CreateChecked(run.F.TrainingTime), double.CreateChecked(run.G.TrainingTime));

    /// <summary>The premise, and the conditions with their decomposition and looseness at the run's test points when they apply.</summary>
    public static ConditionAssessment Assess(PerturbationLearningRun<double> run, ExperimentSpec spec, ConditionConstants constants,
        CancellationToken cancel = default)
    {
        var premise = Premise(run, spec);
        if (Problems(spec).FirstOrDefault() is { } problem) return new ConditionAssessment(premise, problem.Field, problem.Message, null, null, null);
        var reports = For(run, spec, constants).Evaluate(run.TestInputs, cancel: cancel);
        var f = run.F.Network.Outputs(run.TestInputs);
        var g = run.G.Network.Outputs(run.TestInputs);
        var agree = f.Select((value, k) => Metrics.Sign(value) == Metrics.Sign(g[k])).ToArray();
        return new ConditionAssessment(premise, null, null, reports, ConditionSummary.Of(reports, agree),
            ApproximationLooseness.Measure(f, g, reports, run.F.TrainingTime, run.G.TrainingTime, spec.Attack.Epsilon));
    }
}
