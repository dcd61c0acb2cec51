using System.Globalization;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Claims;

/// <summary>
/// A double-precision instance of the whole pipeline (THEORY §1-§2, scenario a, identity loss, plain GD, L2
/// attack): data set, d, N, test points, width m, slope γ, step η, steps of f and g (t = η S), ε, seed.
/// <see cref="ToString"/> is a <see cref="Parse"/> call that pastes into a regression test or `check --instance`.
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

    /// <summary>The instance's training and test data (prefix-stable in N and the test count).</summary>
    public Dataset CreateData() => SyntheticData.Create(Data, Samples, TestPoints, Dim, Seed);

    /// <summary>The configuration with no perturbation learning (g is not trained): what C1 needs.</summary>
    public ExperimentSpec ToStandardLearningConfig()
    {
        var config = ToConfig();
        return config with { Training = config.Training with { EpochsG = 0 } };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"WideInstance.Parse(\"data={Data} | d={Dim} | N={Samples} | tests={TestPoints} | m={Width} | gamma={Slope:R} | eta={LearningRate:R} | stepsF={StepsF} | stepsG={StepsG} | epsilon={Epsilon:R} | seed={Seed}\")");

    private static readonly string[] Fields = ["data", "d", "N", "tests", "m", "gamma", "eta", "stepsF", "stepsG", "epsilon", "seed"];

    /// <summary>Reads the text inside the quotes of <see cref="ToString"/>; a missing, unknown or out-of-range field is a <see cref="FormatException"/> naming it.</summary>
    public static WideInstance Parse(string text)
    {
        var fields = new Dictionary<string, string>();
        foreach (var part in text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2) throw new FormatException($"field '{part}' is not name=value");
            if (!Fields.Contains(pair[0])) throw new FormatException($"unknown field '{pair[0]}'; the fields are {string.Join(", ", Fields)}");
            if (!fields.TryAdd(pair[0], pair[1])) throw new FormatException($"field '{pair[0]}' appears twice");
        }
        string Get(string key) => fields.TryGetValue(key, out var v) ? v : throw new FormatException($"missing field '{key}'");
        int Int(string key, int min)
        {
            if (!int.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) || v < min)
                throw new FormatException($"{key} must be an integer ≥ {min}, got '{Get(key)}'");
            return v;
        }
        double Real(string key, double min, double max, bool minOpen)
        {
            if (!double.TryParse(Get(key), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v)
                || v < min || (minOpen && v == min) || v >= max)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{key} must be a number in {(minOpen ? "(" : "[")}{min}, {max}), got '{Get(key)}'"));
            return v;
        }
        if (!Enum.TryParse<DataKind>(Get("data"), out var data) || data == DataKind.Mnist || !Enum.IsDefined(data))
            throw new FormatException($"data must be one of {string.Join(", ", WideGenerators.DataKinds)}, got '{Get("data")}'");
        var instance = new WideInstance(data, Int("d", 1), Int("N", 1), Int("tests", 1), Int("m", 1),
            Real("gamma", 0, 1, minOpen: false), Real("eta", 0, double.MaxValue, minOpen: true),
            Int("stepsF", 0), Int("stepsG", 0), Real("epsilon", 0, double.MaxValue, minOpen: true), Int("seed", 0));
        if (data == DataKind.Orthogonal && (instance.Samples > instance.Dim || instance.TestPoints > instance.Dim))
            throw new FormatException($"orthogonal data needs N and tests ≤ d, got N = {instance.Samples}, tests = {instance.TestPoints}, d = {instance.Dim}");
        return instance;
    }
}
