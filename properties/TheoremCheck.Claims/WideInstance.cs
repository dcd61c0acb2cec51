using System.Globalization;
using FsCheck.Fluent;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Claims;

/// <summary>
/// A double-precision instance of the whole pipeline (THEORY §1-§2, scenario a, identity loss, plain GD, L2
/// attack): data set, d, N, test points, width m, slope γ, step η, steps of f and g (t = η S), ε, seed.
/// <see cref="ToString"/> is a <see cref="Parse"/> call that pastes into a regression test.
/// </summary>
public sealed record WideInstance(
    DataKind Data, int Dim, int Samples, int TestPoints, int Width, double Slope,
    double LearningRate, int StepsF, int StepsG, double Epsilon, int Seed)
{
    public double TimeF => LearningRate * StepsF;
    public double TimeG => LearningRate * StepsG;

    public ExperimentSpec ToConfig() => new()
    {
        Data = new DataSpec { Kind = Data, Dimension = Dim, Samples = Samples, TestSamples = TestPoints },
        Network = new NetworkSpec { Width = Width, Slope = Slope },
        Training = new TrainingSpec { LearningRateF = LearningRate, LearningRateG = LearningRate, EpochsF = StepsF, EpochsG = StepsG, Momentum = 0 },
        Attack = new AttackSpec { Epsilon = Epsilon, Scenario = Scenario.A },
        Seed = Seed,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"WideInstance.Parse(\"data={Data} | d={Dim} | N={Samples} | tests={TestPoints} | m={Width} | gamma={Slope:R} | eta={LearningRate:R} | stepsF={StepsF} | stepsG={StepsG} | epsilon={Epsilon:R} | seed={Seed}\")");

    public static WideInstance Parse(string text)
    {
        var f = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => p[1]);
        int I(string k) => int.Parse(f[k], CultureInfo.InvariantCulture);
        double D(string k) => double.Parse(f[k], CultureInfo.InvariantCulture);
        return new WideInstance(Enum.Parse<DataKind>(f["data"]), I("d"), I("N"), I("tests"), I("m"), D("gamma"), D("eta"),
            I("stepsF"), I("stepsG"), D("epsilon"), I("seed"));
    }
}
