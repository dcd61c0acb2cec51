using System.Globalization;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The single table of experiment options, shared by <c>run</c>, <c>sweep --param</c> and the reports,
/// so an option has one name, one parser and one validation everywhere.
/// </summary>
public static class ConfigOptions
{
    public static readonly IReadOnlyList<ConfigOption> All =
    [
        Choice("--data", "data set: gauss, shifted-gauss, uniform, orthogonal, mnist", c => c.Data, (c, v) => c with { Data = v },
            ("gauss", DataKind.Gauss), ("shifted-gauss", DataKind.ShiftedGauss), ("uniform", DataKind.Uniform),
            ("orthogonal", DataKind.Orthogonal), ("mnist", DataKind.Mnist)),
        new("--data-dir", "directory of IDX files (MNIST, Fashion-MNIST), gzip or raw", c => c.DataDir ?? "", (c, v) => c with { DataDir = v }),
        new("--classes", "class pair for IDX data, positive,negative (default 1,2)", c => $"{c.PositiveClass},{c.NegativeClass}", ParseClasses),
        Int("--dim", "input dimension d", c => c.Dim, (c, v) => c with { Dim = v }),
        Int("--samples", "training samples N", c => c.Samples, (c, v) => c with { Samples = v }),
        Int("--test-samples", "fresh test points for the agreement", c => c.TestSamples, (c, v) => c with { TestSamples = v }),
        Int("--width", "hidden width m", c => c.Width, (c, v) => c with { Width = v }),
        Real("--slope", "leaky-ReLU slope γ in [0, 1) (0 = ReLU)", c => c.Slope, (c, v) => c with { Slope = v }),
        Choice("--loss", "loss: identity, logistic, exponential", c => c.Loss, (c, v) => c with { Loss = v },
            ("identity", LossKind.Identity), ("logistic", LossKind.Logistic), ("exponential", LossKind.Exponential)),
        Real("--lr-f", "learning rate of standard learning", c => c.LrF, (c, v) => c with { LrF = v }),
        Real("--lr-g", "learning rate of perturbation learning", c => c.LrG, (c, v) => c with { LrG = v }),
        Int("--epochs-f", "full-batch epochs of standard learning", c => c.EpochsF, (c, v) => c with { EpochsF = v }),
        Int("--epochs-g", "full-batch epochs of perturbation learning", c => c.EpochsG, (c, v) => c with { EpochsG = v }),
        Real("--momentum", "heavy-ball momentum β in [0, 1) (0 = plain GD)", c => c.Momentum, (c, v) => c with { Momentum = v }),
        Real("--epsilon", "perturbation size ε", c => c.Epsilon, (c, v) => c with { Epsilon = v }),
        Choice("--norm", "perturbation norm: l2, linf, l0", c => c.Norm, (c, v) => c with { Norm = v },
            ("l2", PerturbationNorm.L2), ("linf", PerturbationNorm.Linf), ("l0", PerturbationNorm.L0)),
        Int("--l0-k", "coordinates changed by the l0 attack", c => c.L0K, (c, v) => c with { L0K = v }),
        Choice("--scenario", "a: g learns r_n alone; b: g learns x_n + r_n", c => c.Scenario, (c, v) => c with { Scenario = v },
            ("a", Scenario.A), ("b", Scenario.B)),
        Choice("--init", "initialisation: gaussian, symmetric (paired neurons, f_0 = 0)", c => c.Init, (c, v) => c with { Init = v },
            ("gaussian", InitKind.Gaussian), ("symmetric", InitKind.Symmetric)),
        Choice("--targets", "target labels: random (reference) or balanced", c => c.Targets, (c, v) => c with { Targets = v },
            ("random", TargetKind.Random), ("balanced", TargetKind.Balanced)),
        Int("--seed", "random seed (same seed, same bits)", c => c.Seed, (c, v) => c with { Seed = v }),
    ];

    public static ConfigOption Find(string name)
    {
        string key = name.StartsWith("--", StringComparison.Ordinal) ? name : "--" + name;
        return All.FirstOrDefault(o => o.Name == key)
            ?? throw new ConfigException("--param", $"--param: unknown option '{name}'; one of {string.Join(", ", All.Select(o => o.Name[2..]))}");
    }

    /// <summary>Applies name=value pairs in order, then validates the result.</summary>
    public static ExperimentConfig Build(IEnumerable<(string Name, string Value)> values, ExperimentConfig? start = null)
    {
        var config = start ?? new ExperimentConfig();
        foreach (var (name, value) in values) config = Find(name).Apply(config, value);
        return config;
    }

    public static string Describe(ExperimentConfig config) =>
        string.Join(" ", All.Where(o => o.Show(config) != "").Select(o => $"{o.Name} {o.Show(config)}")) + (config.Exact ? " --exact" : "");

    private static ConfigOption Int(string name, string help, Func<ExperimentConfig, int> get, Func<ExperimentConfig, int, ExperimentConfig> set) =>
        new(name, help, c => get(c).ToString(CultureInfo.InvariantCulture), (c, text) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
                ? set(c, v)
                : throw new ConfigException(name, $"{name} must be an integer, got '{text}'"));

    private static ConfigOption Real(string name, string help, Func<ExperimentConfig, double> get, Func<ExperimentConfig, double, ExperimentConfig> set) =>
        new(name, help, c => get(c).ToString("R", CultureInfo.InvariantCulture), (c, text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
                ? set(c, v)
                : throw new ConfigException(name, $"{name} must be a finite number, got '{text}'"));

    private static ConfigOption Choice<TEnum>(string name, string help, Func<ExperimentConfig, TEnum> get,
        Func<ExperimentConfig, TEnum, ExperimentConfig> set, params (string Text, TEnum Value)[] choices) where TEnum : struct, Enum =>
        new(name, help, c => choices.First(x => x.Value.Equals(get(c))).Text, (c, text) =>
        {
            foreach (var (t, v) in choices)
                if (string.Equals(t, text, StringComparison.OrdinalIgnoreCase)) return set(c, v);
            throw new ConfigException(name, $"{name} must be one of {string.Join(", ", choices.Select(x => x.Text))}, got '{text}'");
        });

    private static ExperimentConfig ParseClasses(ExperimentConfig c, string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2 && int.TryParse(parts[0], out int p) && int.TryParse(parts[1], out int n))
            return c with { PositiveClass = p, NegativeClass = n };
        throw new ConfigException("--classes", $"--classes must be two class numbers 'positive,negative', got '{text}'");
    }
}
