using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The pipeline of THEORY §1 written once over generic math: standard learning of f on D, the
/// targeted attack, perturbation learning of a freshly initialised g on D^adv.
/// </summary>
public static class PerturbationLearning
{
    /// <summary>Every reason <paramref name="spec"/> cannot run in T: the specification's own problems and, for an exact T, those of <see cref="ExactArithmetic"/>.</summary>
    public static IReadOnlyList<SpecProblem> Problems<T>(ExperimentSpec spec) where T : struct, INumber<T> =>
        NumberTraits<T>.IsExact ? [.. spec.Problems(), .. ExactArithmetic.Problems(spec)] : spec.Problems();

    /// <summary>
    /// Runs the specification in T and measures it: the one entry point for both arithmetics. In double the
    /// data are taken as loaded; in an exact T (<see cref="NumberTraits{T}.IsExact"/>) the rules of
    /// <see cref="ExactArithmetic"/> apply and E3/E4 are checked at every test point.
    /// </summary>
    public static RunResult<T> Run<T>(ExperimentSpec spec, IProgress<StageProgress>? progress = null) where T : struct, INumber<T>
    {
        SpecException.ThrowIfAny(Problems<T>(spec));
        bool exact = NumberTraits<T>.IsExact;
        var total = Stopwatch.StartNew();
        var data = LoadData(spec);
        var effective = spec with
        {
            Data = spec.Data.IsImageData
                ? spec.Data with
                {
                    Dimension = data.Train.Dimension, Samples = data.Train.Count, TestSamples = data.Test.Count, Classes = spec.Data.Pair,
                    Directory = ImageData.Locate(ImageDataSet.For(spec.Data.Kind), spec.Data.Directory, DatasetPackages.Root),
                }
                : spec.Data with { Dimension = data.Train.Dimension, Samples = data.Train.Count, TestSamples = data.Test.Count },
        };
        // Image data fix d only when loaded, so the rule that needs d is checked on the effective size.
        SpecException.ThrowIfAny(spec.Attack.ProblemsInDimension(data.Train.Dimension));
        T Input(double x) => T.CreateChecked(exact ? Initialisation.RoundToGrid(x) : x);
        var inputs = data.Train.Inputs.Map(Input);
        var tests = data.Test.Inputs.Map(Input);
        double dataSeconds = total.Elapsed.TotalSeconds;

        var attack = NumberTraits<T>.HasSquareRoot ? spec.Attack : spec.Attack with { Norm = ExactArithmetic.Attack(spec.Attack.Norm) };
        var run = Execute(effective with { Attack = attack }, inputs, data.Train.Labels, tests, progress, monitorTestPatterns: exact);
        var clock = Stopwatch.StartNew();
        var metrics = Metrics.Measure(run, spec.Network.Slope) with { Conditions = RunConditions.Assess(run, effective, Theory.ConditionConstants.Default) };
        var closedForms = exact ? CheckClosedForms(effective, run) : null;
        var seconds = new Dictionary<string, double>(run.StageSeconds) { ["data"] = dataSeconds, ["evaluate"] = clock.Elapsed.TotalSeconds };
        seconds["total"] = total.Elapsed.TotalSeconds;
        return new RunResult<T>(effective, metrics, closedForms, seconds, data.Description, run);
    }

    /// <summary>
    /// The three stages on the given data, with the specification's attack as it stands (an L2 attack over an
    /// exact number type fails: <see cref="Run{T}"/> substitutes <see cref="ExactArithmetic.Attack"/>). Over an
    /// exact T the initial weights are rounded to the dyadic grid of <see cref="Initialisation.RoundToGrid"/>.
    /// </summary>
    public static PerturbationLearningRun<T> Execute<T>(
        ExperimentSpec spec, Matrix<T> inputs, int[] labels, Matrix<T> testInputs,
        IProgress<StageProgress>? progress = null, bool trackSpan = false, bool monitorTestPatterns = false)
        where T : struct, INumber<T>
    {
        var seconds = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        var network = spec.Network;
        var training = spec.Training;
        T slope = Parameter<T>(network.Slope), momentum = Parameter<T>(training.Momentum);

        // Both trainings are the same stage on other data: a fresh network from its own seeded stream, then GD.
        (TwoLayerNetwork<T> Initial, TrainingResult<T> Trained) Learn(string stage, string stream, Matrix<T> x, int[] y, double rate, int epochs)
        {
            var initial = Initialisation.Create(network.Width, inputs.Cols, slope, network.Init, Seeding.Stream(spec.Seed, stream),
                roundToGrid: NumberTraits<T>.IsExact);
            var trained = GradientDescent.Train(initial, x, y,
                new TrainingSettings<T>(Parameter<T>(rate), epochs, momentum, training.Loss, trackSpan),
                monitorTestPatterns ? testInputs : null,
                step => progress?.Report(new StageProgress(stage, step, epochs)));
            return (initial, trained);
        }

        var (initialF, f) = Learn("standard learning", "init-f", inputs, labels, training.LearningRateF, training.EpochsF);
        seconds["train_f"] = Lap(clock);

        var attack = spec.Attack;
        var targets = TargetLabels.Draw(inputs.Rows, attack.Targets, Seeding.Stream(spec.Seed, "targets"));
        T epsilon = Parameter<T>(attack.Epsilon);
        var gradients = f.Network.InputGradients(inputs);
        var perturbations = new Matrix<T>(inputs.Rows, inputs.Cols);
        var adversarial = new Matrix<T>(inputs.Rows, inputs.Cols);
        int zeroGradients = 0;
        for (int n = 0; n < inputs.Rows; n++)
        {
            var u = gradients.Row(n);
            if (Perturbation.IsZero<T>(u)) zeroGradients++;
            var r = Perturbation.Create<T>(u, targets[n], epsilon, attack.Norm, attack.L0Coordinates);
            r.CopyTo(perturbations.Row(n));
            var target = adversarial.Row(n);
            for (int j = 0; j < r.Length; j++) target[j] = attack.Scenario == Scenario.A ? r[j] : inputs[n, j] + r[j];
        }
        seconds["attack"] = Lap(clock);

        var (initialG, g) = Learn("perturbation learning", "init-g", adversarial, targets, training.LearningRateG, training.EpochsG);
        seconds["train_g"] = Lap(clock);

        return new PerturbationLearningRun<T>
        {
            Inputs = inputs, Labels = labels, TestInputs = testInputs,
            InitialF = initialF, F = f, Gradients = gradients, Targets = targets, Norm = attack.Norm,
            Perturbations = perturbations, AdversarialInputs = adversarial,
            InitialG = initialG, G = g, ZeroGradients = zeroGradients, StageSeconds = seconds,
        };
    }

    /// <summary>Loads or draws the data of a specification (double; an exact run rounds them to its grid).</summary>
    public static Dataset LoadData(ExperimentSpec spec)
    {
        var data = spec.Data;
        return data.IsImageData
            ? ImageData.Load(ImageDataSet.For(data.Kind), data.Directory, data.Pair.Positive, data.Pair.Negative, data.Centring, DatasetPackages.Root)
            : SyntheticData.Create(data.Kind, data.Samples, data.TestSamples, data.Dimension, spec.Seed);
    }

    /// <summary>
    /// E3 (f) and E4 (g) at every test point, with rational equality. Each is claimed only under its premises
    /// (THEORY §3): identity loss and no activation pattern flipped; for E4 also scenario a and an attack parallel to u.
    /// </summary>
    public static ClosedFormCheck CheckClosedForms<T>(ExperimentSpec spec, PerturbationLearningRun<T> run) where T : struct, INumber<T>
    {
        var testF = run.F.Network.Outputs(run.TestInputs);
        var testG = run.G.Network.Outputs(run.TestInputs);
        bool identity = spec.Training.Loss == LossKind.Identity;
        string loss = $"the loss is {spec.Training.Loss.ToString().ToLowerInvariant()}, not identity";

        var failedF = new List<string>();
        if (!identity) failedF.Add(loss);
        if (run.F.EverFlipped > 0) failedF.Add($"{run.F.EverFlipped} activation pattern(s) of f flipped during training");
        var e3 = ClosedFormVerdict.NotApplicable(failedF);
        if (failedF.Count == 0)
        {
            bool holds = true;
            for (int k = 0; k < run.TestInputs.Rows && holds; k++)
                holds = LazyClosedForm<T>.Output(run.InitialF, run.Inputs, run.Labels, run.F.TrainingTime, run.TestInputs.Row(k)) == testF[k];
            e3 = new ClosedFormVerdict(holds, []);
        }

        var failedG = new List<string>();
        if (!identity) failedG.Add(loss);
        if (run.G.EverFlipped > 0) failedG.Add($"{run.G.EverFlipped} activation pattern(s) of g flipped during training");
        if (spec.Attack.Scenario != Scenario.A) failedG.Add("scenario b: g learns x_n + r_n, E4 is stated for r_n alone");
        if (!Perturbation.IsParallelToGradient(run.Norm)) failedG.Add($"the {run.Norm.ToString().ToLowerInvariant()} attack is not parallel to the gradient u_n");
        var e4 = ClosedFormVerdict.NotApplicable(failedG);
        if (failedG.Count == 0)
        {
            var normalisers = new T[run.Inputs.Rows];
            for (int n = 0; n < normalisers.Length; n++) normalisers[n] = Perturbation.Normaliser<T>(run.Gradients.Row(n), run.Norm);
            var epsilon = Parameter<T>(spec.Attack.Epsilon);
            bool holds = true;
            for (int k = 0; k < run.TestInputs.Rows && holds; k++)
                holds = LazyClosedForm<T>.PerturbationLearningOutput(run.InitialG, run.Perturbations, run.Gradients, normalisers,
                    run.Targets, epsilon, run.G.TrainingTime, run.TestInputs.Row(k)) == testG[k];
            e4 = new ClosedFormVerdict(holds, []);
        }
        return new ClosedFormCheck(e3, e4);
    }

    /// <summary>
    /// A parameter as the user typed it: the shortest decimal that reads back as the double, read in T,
    /// so over Rational 0.9 is 9/10, not the nearest double; over double it is the double itself.
    /// </summary>
    public static T Parameter<T>(double value) where T : struct, INumber<T> =>
        T.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Lap(Stopwatch clock)
    {
        double s = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return s;
    }
}
