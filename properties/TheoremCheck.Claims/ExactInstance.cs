using System.Text;
using FsCheck.Fluent;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Claims;

/// <summary>
/// A small exact instance (THEORY §3): training set X (N×d, dyadic coordinates), labels y, test points Z,
/// slope γ, step η, momentum β, S steps of f, width m, init seed and kind, and for E4 ε and the steps of g
/// (g has the same η and β; its target labels are drawn from the seed by the pipeline). <see cref="ToString"/> is a <see cref="Parse"/> call, so a shrunk
/// counterexample pastes straight into a regression test.
/// </summary>
public sealed record ExactInstance(
    Rational[][] Inputs, int[] Labels, Rational[][] TestPoints,
    Rational Slope, Rational LearningRate, Rational Momentum, int Steps,
    int Width, int Seed, InitKind Init, Rational Epsilon, int StepsG)
{
    public int Samples => Inputs.Length;
    public int Dimension => TestPoints[0].Length;

    public Matrix<Rational> InputMatrix => Matrix<Rational>.FromRows(Inputs);
    public Matrix<Rational> TestMatrix => Matrix<Rational>.FromRows(TestPoints);

    public TwoLayerNetwork<Rational> InitialF() =>
        Initialisation.Create(Width, Dimension, Slope, Init, Seeding.Stream(Seed, "init-f"), roundToGrid: true);

    /// <summary>The pipeline configuration of this instance (scenario a, exact, the L2 direction scaled to L∞ length ε).</summary>
    public ExperimentSpec ToConfig() => new()
    {
        Data = new DataSpec { Dimension = Dimension, Samples = Samples, TestSamples = TestPoints.Length },
        Network = new NetworkSpec { Width = Width, Slope = Slope.ToDouble(), Init = Init },
        Training = new TrainingSpec
        {
            LearningRateF = LearningRate.ToDouble(), LearningRateG = LearningRate.ToDouble(), EpochsF = Steps, EpochsG = StepsG, Momentum = Momentum.ToDouble(),
        },
        Attack = new AttackSpec { Epsilon = Epsilon.ToDouble(), Norm = PerturbationNorm.ScaledLinf, Scenario = Scenario.A, Targets = TargetKind.Random },
        Seed = Seed,
    };

    public override string ToString()
    {
        static string Rows(Rational[][] rows) => string.Join("; ", rows.Select(r => string.Join(" ", r)));
        var s = new StringBuilder("ExactInstance.Parse(\"");
        s.Append($"X={Rows(Inputs)} | y={string.Join(" ", Labels)} | Z={Rows(TestPoints)} | gamma={Slope} | eta={LearningRate}");
        s.Append($" | beta={Momentum} | steps={Steps} | width={Width} | seed={Seed} | init={Init}");
        s.Append($" | epsilon={Epsilon} | stepsG={StepsG}\")");
        s.Append($"  /* N={Samples} d={Dimension} m={Width} */");
        return s.ToString();
    }

    /// <summary>Reads the form <see cref="ToString"/> prints (the part inside the quotes).</summary>
    public static ExactInstance Parse(string text)
    {
        var fields = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(f => f[0], f => f.Length > 1 ? f[1] : throw new FormatException($"Field '{f[0]}' has no value."));
        string Get(string key) => fields.TryGetValue(key, out var v) ? v : throw new FormatException($"Missing field '{key}' in '{text}'.");
        static Rational[][] Rows(string v) => v.Split(';', StringSplitOptions.TrimEntries)
            .Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Rational.Parse).ToArray()).ToArray();
        static int[] Ints(string v) => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        return new ExactInstance(Rows(Get("X")), Ints(Get("y")), Rows(Get("Z")),
            Rational.Parse(Get("gamma")), Rational.Parse(Get("eta")), Rational.Parse(Get("beta")), int.Parse(Get("steps")),
            int.Parse(Get("width")), int.Parse(Get("seed")), Enum.Parse<InitKind>(Get("init")),
            Rational.Parse(Get("epsilon")), int.Parse(Get("stepsG")));
    }
}
