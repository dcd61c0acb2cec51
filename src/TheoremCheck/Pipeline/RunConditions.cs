using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Numerics;
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
        return Conditions(run, spec, constants);
    }

    /// <summary>The run's regime: flip shares of f and g and the width requirement (<see cref="LazyRegime"/>).</summary>
    public static PremiseCheck Premise<T>(PerturbationLearningRun<T> run, ExperimentSpec spec) where T : struct, INumber<T> =>
        PremiseCheck.Of(run.F.FlippedShare, run.G.FlippedShare, spec.Network.Width, run.Inputs.Cols,
            double.CreateChecked(run.F.TrainingTime), double.CreateChecked(run.G.TrainingTime));

    /// <summary>
    /// The premise, and the conditions with their decomposition and looseness at the run's test points when they apply.
    /// An exact run is evaluated in double (Φ needs arcsin); its L2 attack ran as the L∞-scaled stand-in, whose
    /// perturbations are not those the conditions are derived for, so they do not apply to it.
    /// </summary>
    public static ConditionAssessment Assess<T>(PerturbationLearningRun<T> run, ExperimentSpec spec, ConditionConstants constants,
        CancellationToken cancel = default) where T : struct, INumber<T>
    {
        var premise = Premise(run, spec);
        if (Problems(spec).FirstOrDefault() is { } problem) return new ConditionAssessment(premise, problem.Field, problem.Message, null, null, null);
        if (run.Norm != PerturbationNorm.L2)
            return new ConditionAssessment(premise, AttackSpec.Field(nameof(AttackSpec.Norm)),
                $"ran as {run.Norm.ToString().ToLowerInvariant()} (the stand-in of exact arithmetic): the conditions are derived for the L2 attack", null, null, null);
        var reports = Conditions(run, spec, constants).Evaluate(AsDouble(run.TestInputs), cancel: cancel);
        var f = Array.ConvertAll(run.F.Network.Outputs(run.TestInputs), double.CreateChecked);
        var g = Array.ConvertAll(run.G.Network.Outputs(run.TestInputs), double.CreateChecked);
        var agree = f.Select((value, k) => Metrics.Sign(value) == Metrics.Sign(g[k])).ToArray();
        return new ConditionAssessment(premise, null, null, reports, ConditionSummary.Of(reports, agree),
            ApproximationLooseness.Measure(f, g, reports, double.CreateChecked(run.F.TrainingTime), double.CreateChecked(run.G.TrainingTime), spec.Attack.Epsilon));
    }

    private static PredictionMatching Conditions<T>(PerturbationLearningRun<T> run, ExperimentSpec spec, ConditionConstants constants) where T : struct, INumber<T> =>
        new(AsDouble(run.Inputs), run.Labels, AsDouble(run.Perturbations), AsDouble(run.Gradients), run.Targets,
            spec.Network.Slope, spec.Network.Width, double.CreateChecked(run.F.TrainingTime), double.CreateChecked(run.G.TrainingTime),
            spec.Attack.Epsilon, constants, pairedNeurons: spec.Network.Init == Networks.InitKind.Symmetric);

    private static Matrix<double> AsDouble<T>(Matrix<T> m) where T : struct, INumber<T> =>
        m is Matrix<double> d ? d : m.Map(double.CreateChecked);
}
