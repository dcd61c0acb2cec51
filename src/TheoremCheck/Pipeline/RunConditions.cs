using TheoremCheck.Theory;

namespace TheoremCheck.Pipeline;

/// <summary>The C2 conditions (THEORY §5) of a finished double-precision run.</summary>
public static class RunConditions
{
    public static PredictionMatching For(PerturbationLearningRun<double> run, ExperimentConfig config, ConditionConstants constants)
    {
        if (config.Scenario != Scenario.A) throw new ArgumentException("The C2 conditions are derived for scenario a (g learns r_n alone).");
        if (config.Loss != Training.LossKind.Identity) throw new ArgumentException("The C2 conditions are derived for the identity loss.");
        if (config.Norm != Attacks.PerturbationNorm.L2) throw new ArgumentException("The C2 conditions are derived for the L2 attack r_n = ε y^adv u_n / ||u_n||.");
        return new PredictionMatching(run.Inputs, run.Labels, run.Perturbations, run.Gradients, run.Targets,
            config.Slope, config.Width, run.F.TrainingTime, run.G.TrainingTime, config.Epsilon, constants,
            pairedNeurons: config.Init == Networks.InitKind.Symmetric);
    }
}
