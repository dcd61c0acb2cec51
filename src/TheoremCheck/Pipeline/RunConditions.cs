using TheoremCheck.Attacks;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>The C2 conditions (THEORY §5) of a finished double-precision run.</summary>
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
}
