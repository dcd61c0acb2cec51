using TheoremCheck.Numerics;
using TheoremCheck.Theory;

namespace TheoremCheck.Pipeline;

/// <summary>
/// An exact run: the metrics as exact fractions, the outputs of f and g at the test points as
/// rationals, and whether the closed forms E3 (for f) and E4 (for g) reproduce them exactly.
/// E3/E4 are only claimed when no activation pattern flipped (THEORY §3), so they are reported as
/// "not applicable" otherwise.
/// </summary>
public sealed record ExactRunResult(
    ExperimentConfig Config,
    Rational AccF, Rational AccG, Rational Agreement,
    int EverFlippedF, int EverFlippedG,
    Rational TimeF, Rational TimeG,
    IReadOnlyList<Rational> TestOutputsF, IReadOnlyList<Rational> TestOutputsG,
    bool? E3Holds, bool? E4Holds, double CosSim)
{
    public static ExactRunResult From(ExperimentConfig config, PerturbationLearningRun<Rational> run)
    {
        var f = run.F.Network;
        var g = run.G.Network;
        var testF = f.Outputs(run.TestInputs);
        var testG = g.Outputs(run.TestInputs);
        var trainF = f.Outputs(run.Inputs);
        var trainG = g.Outputs(run.Inputs);

        bool? e3 = null, e4 = null;
        bool identity = config.Loss == Training.LossKind.Identity;
        if (identity && run.F.EverFlipped == 0)
        {
            e3 = true;
            for (int k = 0; k < run.TestInputs.Rows && e3 == true; k++)
                e3 = LazyClosedForm<Rational>.Output(run.InitialF, run.Inputs, run.Labels, run.F.TrainingTime, run.TestInputs.Row(k)) == testF[k];
        }
        var norm = run.Norm;
        if (identity && run.G.EverFlipped == 0 && config.Scenario == Scenario.A && Attacks.Perturbation.IsParallelToGradient(norm))
        {
            var normalisers = new Rational[run.Inputs.Rows];
            for (int n = 0; n < normalisers.Length; n++) normalisers[n] = Attacks.Perturbation.Normaliser<Rational>(run.Gradients.Row(n), norm);
            var epsilon = PerturbationLearning.Parameter<Rational>(config.Epsilon);
            e4 = true;
            for (int k = 0; k < run.TestInputs.Rows && e4 == true; k++)
                e4 = LazyClosedForm<Rational>.PerturbationLearningOutput(run.InitialG, run.Perturbations, run.Gradients, normalisers,
                    run.Targets, epsilon, run.G.TrainingTime, run.TestInputs.Row(k)) == testG[k];
        }

        return new ExactRunResult(config,
            Fraction(Metrics.Accuracy(trainF, run.Labels), trainF.Length),
            Fraction(Metrics.Accuracy(trainG, run.Labels), trainG.Length),
            Fraction(Metrics.Agreement(testF, testG), testF.Length),
            run.F.EverFlipped, run.G.EverFlipped, run.F.TrainingTime, run.G.TrainingTime,
            testF, testG, e3, e4, Metrics.Measure(run, config.Slope).CosSim);
    }

    private static Rational Fraction(double share, int count) => new((long)Math.Round(share * count), count);
}
