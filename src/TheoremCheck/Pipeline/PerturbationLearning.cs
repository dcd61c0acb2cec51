using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The pipeline of THEORY §1 written once over generic math: standard learning of f on D, the
/// targeted attack, perturbation learning of a freshly initialised g on D^adv.
/// </summary>
public static class PerturbationLearning
{
    /// <summary>
    /// The three stages on the given data, with the configuration's attack as it stands (an L2 attack over an
    /// exact number type fails: see <see cref="RunExact"/>). An exact configuration (<see cref="ExperimentConfig.Exact"/>)
    /// rounds the initial weights to the dyadic grid of <see cref="Initialisation.RoundToGrid"/>.
    /// </summary>
    public static PerturbationLearningRun<T> Execute<T>(
        ExperimentConfig config, Matrix<T> inputs, int[] labels, Matrix<T> testInputs,
        IProgress<StageProgress>? progress = null, bool trackSpan = false, bool monitorTestPatterns = false)
        where T : struct, INumber<T>
    {
        var seconds = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        T slope = Parameter<T>(config.Slope), momentum = Parameter<T>(config.Momentum);

        // Both trainings are the same stage on other data: a fresh network from its own seeded stream, then GD.
        (TwoLayerNetwork<T> Initial, TrainingResult<T> Trained) Learn(string stage, string stream, Matrix<T> x, int[] y, double rate, int epochs)
        {
            var initial = Initialisation.Create(config.Width, inputs.Cols, slope, config.Init, Seeding.Stream(config.Seed, stream), roundToGrid: config.Exact);
            var trained = GradientDescent.Train(initial, x, y,
                new TrainingSettings<T>(Parameter<T>(rate), epochs, momentum, config.Loss, trackSpan),
                monitorTestPatterns ? testInputs : null,
                step => progress?.Report(new StageProgress(stage, step, epochs)));
            return (initial, trained);
        }

        var (initialF, f) = Learn("standard learning", "init-f", inputs, labels, config.LrF, config.EpochsF);
        seconds["train_f"] = Lap(clock);

        var norm = config.Norm;
        var targets = TargetLabels.Draw(inputs.Rows, config.Targets, Seeding.Stream(config.Seed, "targets"));
        T epsilon = Parameter<T>(config.Epsilon);
        var gradients = f.Network.InputGradients(inputs);
        var perturbations = new Matrix<T>(inputs.Rows, inputs.Cols);
        var adversarial = new Matrix<T>(inputs.Rows, inputs.Cols);
        int zeroGradients = 0;
        for (int n = 0; n < inputs.Rows; n++)
        {
            var u = gradients.Row(n);
            if (Perturbation.IsZero<T>(u)) zeroGradients++;
            var r = Perturbation.Create<T>(u, targets[n], epsilon, norm, config.L0K);
            r.CopyTo(perturbations.Row(n));
            var target = adversarial.Row(n);
            for (int j = 0; j < r.Length; j++) target[j] = config.Scenario == Scenario.A ? r[j] : inputs[n, j] + r[j];
        }
        seconds["attack"] = Lap(clock);

        var (initialG, g) = Learn("perturbation learning", "init-g", adversarial, targets, config.LrG, config.EpochsG);
        seconds["train_g"] = Lap(clock);

        return new PerturbationLearningRun<T>
        {
            Inputs = inputs, Labels = labels, TestInputs = testInputs,
            InitialF = initialF, F = f, Gradients = gradients, Targets = targets, Norm = norm,
            Perturbations = perturbations, AdversarialInputs = adversarial,
            InitialG = initialG, G = g, ZeroGradients = zeroGradients, StageSeconds = seconds,
        };
    }

    /// <summary>Loads or draws the data of a configuration (double).</summary>
    public static Dataset LoadData(ExperimentConfig config) => config.Data == DataKind.Mnist
        ? ImageData.LoadClassPair(config.DataDir!, config.PositiveClass, config.NegativeClass)
        : SyntheticData.Create(config.Data, config.Samples, config.TestSamples, config.Dim, config.Seed);

    /// <summary>Runs the configuration in double precision and measures it.</summary>
    public static RunResult Run(ExperimentConfig config, IProgress<StageProgress>? progress = null)
    {
        config.Validate();
        if (config.Exact) throw new ConfigException("--exact", "--exact runs through RunExact");
        var total = Stopwatch.StartNew();
        var data = LoadData(config);
        double dataSeconds = total.Elapsed.TotalSeconds;
        var run = Execute(config, data.Train.Inputs, data.Train.Labels, data.Test.Inputs, progress);
        var clock = Stopwatch.StartNew();
        var metrics = Metrics.Measure(run, config.Slope);
        var seconds = new Dictionary<string, double>(run.StageSeconds) { ["data"] = dataSeconds, ["evaluate"] = clock.Elapsed.TotalSeconds };
        seconds["total"] = total.Elapsed.TotalSeconds;
        return new RunResult(config with { Dim = data.Train.Dimension, Samples = data.Train.Count, TestSamples = data.Test.Count },
            metrics, seconds, data.Description, run);
    }

    /// <summary>
    /// Runs the configuration in exact rational arithmetic. Data and initial weights are rounded to
    /// the dyadic grid 2^-<see cref="Initialisation.GridBits"/>; the L2 attack runs as <see cref="PerturbationNorm.ScaledLinf"/>
    /// (<see cref="ExactAttack"/>). Checks E3 and E4 at every test point.
    /// </summary>
    public static ExactRunResult RunExact(ExperimentConfig config)
    {
        config.Validate();
        var data = SyntheticData.Create(config.Data, config.Samples, config.TestSamples, config.Dim, config.Seed);
        var inputs = data.Train.Inputs.Map(x => Rational.FromDouble(Initialisation.RoundToGrid(x)));
        var tests = data.Test.Inputs.Map(x => Rational.FromDouble(Initialisation.RoundToGrid(x)));
        var run = Execute(config with { Norm = ExactAttack(config.Norm) }, inputs, data.Train.Labels, tests, monitorTestPatterns: true);
        return ExactRunResult.From(config, run);
    }

    /// <summary>
    /// The attack an exact run uses for the requested one: L2 needs a square root, which has no rational value,
    /// so it becomes <see cref="PerturbationNorm.ScaledLinf"/>, the same direction scaled to L∞ length ε
    /// (E1-E4 use only the direction); every other attack is exact as it is.
    /// </summary>
    public static PerturbationNorm ExactAttack(PerturbationNorm requested) =>
        requested == PerturbationNorm.L2 ? PerturbationNorm.ScaledLinf : requested;

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
