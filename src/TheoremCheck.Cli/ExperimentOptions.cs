using System.Globalization;
using System.Text.Json.Nodes;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Cli;

/// <summary>
/// The single table of experiment options, shared by <c>run</c>, <c>sweep</c> (<c>--param</c>), <c>map</c> and
/// the reports, so an option has one flag, one parser and one validation everywhere. Extending: a new setting is
/// one property on its section of <see cref="ExperimentSpec"/> plus one line here (<see cref="Int"/>,
/// <see cref="Real"/> or <see cref="Choice{TEnum}"/>); help, parsing, "did you mean", sweeps, the JSON
/// configuration, report tables and the command that repeats a run follow from it.
/// </summary>
public static class ExperimentOptions
{
    private static readonly string Synthetic = "with synthetic data (--data gauss, shifted-gauss, uniform, orthogonal): the IDX files fix it";
    private const string ImageOnly = "with image data (--data mnist, fashion-mnist, idx)";

    public static readonly IReadOnlyList<ExperimentOption> All =
    [
        Choice("--data", "data set", DataSpec.Field(nameof(DataSpec.Kind)), s => s.Data.Kind, (s, v) => s with { Data = s.Data with { Kind = v } },
            ("gauss", DataKind.Gauss), ("shifted-gauss", DataKind.ShiftedGauss), ("uniform", DataKind.Uniform),
            ("orthogonal", DataKind.Orthogonal), ("mnist", DataKind.Mnist), ("fashion-mnist", DataKind.FashionMnist), ("idx", DataKind.Idx)),
        new ExperimentOption("--data-dir", "directory of IDX files, gzip or raw (fashion-mnist: Debian's dataset-fashion-mnist when not given)", DataSpec.Field(nameof(DataSpec.Directory)),
            s => s.Data.Directory ?? "", (s, v) => s with { Data = s.Data with { Directory = v } },
            s => s.Data.Directory is null ? null : JsonValue.Create(s.Data.Directory))
            { Applies = s => s.Data.IsImageData, AppliesOnly = ImageOnly },
        new ExperimentOption("--classes", "class pair for IDX data: positive,negative (default: mnist and idx 1,2; fashion-mnist 0,9)", DataSpec.Field(nameof(DataSpec.Classes)),
            s => s.Data.Pair.ToString(), ParseClasses, s => new JsonArray(s.Data.Pair.Positive, s.Data.Pair.Negative))
            { Applies = s => s.Data.IsImageData, AppliesOnly = ImageOnly },
        Choice("--centring", "image pixels minus the data set's mean pixel (scalar, as the reference: MNIST 0.1307, Fashion-MNIST 0.2860, idx its training images') or the training mean image (pixel)",
            DataSpec.Field(nameof(DataSpec.Centring)), s => s.Data.Centring, (s, v) => s with { Data = s.Data with { Centring = v } },
            ("scalar", Centring.Scalar), ("pixel", Centring.Pixel))
            with { Applies = s => s.Data.IsImageData, AppliesOnly = ImageOnly },
        Int("--dim", "input dimension d", DataSpec.Field(nameof(DataSpec.Dimension)), s => s.Data.Dimension, (s, v) => s with { Data = s.Data with { Dimension = v } })
            with { Applies = s => !s.Data.IsImageData, AppliesOnly = Synthetic },
        Int("--samples", "training samples N", DataSpec.Field(nameof(DataSpec.Samples)), s => s.Data.Samples, (s, v) => s with { Data = s.Data with { Samples = v } })
            with { Applies = s => !s.Data.IsImageData, AppliesOnly = Synthetic },
        Int("--test-samples", "fresh test points for the agreement", DataSpec.Field(nameof(DataSpec.TestSamples)), s => s.Data.TestSamples, (s, v) => s with { Data = s.Data with { TestSamples = v } })
            with { Applies = s => !s.Data.IsImageData, AppliesOnly = Synthetic },
        Int("--width", "hidden width m", NetworkSpec.Field(nameof(NetworkSpec.Width)), s => s.Network.Width, (s, v) => s with { Network = s.Network with { Width = v } }),
        Real("--slope", "leaky-ReLU slope γ in [0, 1) (0 = ReLU)", NetworkSpec.Field(nameof(NetworkSpec.Slope)), s => s.Network.Slope, (s, v) => s with { Network = s.Network with { Slope = v } }),
        Choice("--loss", "loss", TrainingSpec.Field(nameof(TrainingSpec.Loss)), s => s.Training.Loss, (s, v) => s with { Training = s.Training with { Loss = v } },
            ("identity", LossKind.Identity), ("logistic", LossKind.Logistic), ("exponential", LossKind.Exponential)),
        Real("--lr-f", "learning rate of standard learning", TrainingSpec.Field(nameof(TrainingSpec.LearningRateF)), s => s.Training.LearningRateF, (s, v) => s with { Training = s.Training with { LearningRateF = v } }),
        Real("--lr-g", "learning rate of perturbation learning", TrainingSpec.Field(nameof(TrainingSpec.LearningRateG)), s => s.Training.LearningRateG, (s, v) => s with { Training = s.Training with { LearningRateG = v } }),
        Int("--epochs-f", "full-batch epochs of standard learning", TrainingSpec.Field(nameof(TrainingSpec.EpochsF)), s => s.Training.EpochsF, (s, v) => s with { Training = s.Training with { EpochsF = v } }),
        Int("--epochs-g", "full-batch epochs of perturbation learning", TrainingSpec.Field(nameof(TrainingSpec.EpochsG)), s => s.Training.EpochsG, (s, v) => s with { Training = s.Training with { EpochsG = v } }),
        Real("--momentum", "heavy-ball momentum β in [0, 1) (0 = plain GD)", TrainingSpec.Field(nameof(TrainingSpec.Momentum)), s => s.Training.Momentum, (s, v) => s with { Training = s.Training with { Momentum = v } }),
        Real("--epsilon", "perturbation size ε ≥ 0", AttackSpec.Field(nameof(AttackSpec.Epsilon)), s => s.Attack.Epsilon, (s, v) => s with { Attack = s.Attack with { Epsilon = v } }),
        Choice("--norm", "perturbation norm", AttackSpec.Field(nameof(AttackSpec.Norm)), s => s.Attack.Norm, (s, v) => s with { Attack = s.Attack with { Norm = v } },
            ("l2", PerturbationNorm.L2), ("linf", PerturbationNorm.Linf), ("l0", PerturbationNorm.L0)),
        Int("--l0-k", "coordinates changed by the l0 attack", AttackSpec.Field(nameof(AttackSpec.L0Coordinates)), s => s.Attack.L0Coordinates, (s, v) => s with { Attack = s.Attack with { L0Coordinates = v } })
            with { Applies = s => s.Attack.Norm == PerturbationNorm.L0, AppliesOnly = "with --norm l0" },
        Choice("--scenario", "a: g learns r_n alone; b: g learns x_n + r_n", AttackSpec.Field(nameof(AttackSpec.Scenario)), s => s.Attack.Scenario, (s, v) => s with { Attack = s.Attack with { Scenario = v } },
            ("a", Scenario.A), ("b", Scenario.B)),
        Choice("--init", "initialisation (symmetric: paired neurons, f_0 = 0)", NetworkSpec.Field(nameof(NetworkSpec.Init)), s => s.Network.Init, (s, v) => s with { Network = s.Network with { Init = v } },
            ("gaussian", InitKind.Gaussian), ("symmetric", InitKind.Symmetric)),
        Choice("--targets", "target labels: random (reference) or balanced (THEORY §6)", AttackSpec.Field(nameof(AttackSpec.Targets)), s => s.Attack.Targets, (s, v) => s with { Attack = s.Attack with { Targets = v } },
            ("random", TargetKind.Random), ("balanced", TargetKind.Balanced)),
        Int("--seed", "random seed (same seed, same bits)", ExperimentSpec.SeedField, s => s.Seed, (s, v) => s with { Seed = v }),
    ];

    /// <summary>The option of a flag, with or without its dashes; an unknown name is refused with the closest ones.</summary>
    public static ExperimentOption Find(string name, string askedBy)
    {
        string key = name.StartsWith("--", StringComparison.Ordinal) ? name : "--" + name;
        return All.FirstOrDefault(o => o.Name == key)
            ?? throw ConfigException.Named(askedBy, $"unknown option '{name}'{Spelling.Suggestion(name, All.Select(o => o.Key))}; one of {string.Join(", ", All.Select(o => o.Key))}");
    }

    /// <summary>The option that sets a specification field (the <see cref="SpecProblem.Field"/> of a problem), if any.</summary>
    public static ExperimentOption? ForField(string field) => All.FirstOrDefault(o => o.Field == field);

    /// <summary>Applies name/value pairs in order to <paramref name="start"/>; values are checked by their parsers, not yet validated together.</summary>
    public static ExperimentSpec Build(IEnumerable<(string Name, string Value)> values, ExperimentSpec? start = null)
    {
        var spec = start ?? new ExperimentSpec();
        foreach (var (name, value) in values) spec = Find(name, name).Apply(spec, value);
        return spec;
    }

    /// <summary>Every option with its value, in table order (the data directory only when set); only those that apply, if asked.</summary>
    public static string Describe(ExperimentSpec spec, bool applicableOnly = false) =>
        string.Join(" ", All.Where(o => o.Show(spec) != "" && (!applicableOnly || o.Applies(spec))).Select(o => $"{o.Name} {o.Show(spec)}"));

    /// <summary>The options of <paramref name="spec"/> that differ from <paramref name="defaults"/> and apply, as command-line text.</summary>
    public static string NonDefault(ExperimentSpec spec, ExperimentSpec defaults, string? except = null) =>
        NonDefault(spec, defaults, except is null ? new HashSet<string>() : new HashSet<string> { except });

    /// <summary>The same, leaving out every flag in <paramref name="except"/> (the options a sweep varies).</summary>
    public static string NonDefault(ExperimentSpec spec, ExperimentSpec defaults, IReadOnlySet<string> except) =>
        string.Join(" ", All
            .Where(o => !except.Contains(o.Name) && o.Applies(spec) && o.Show(spec) != o.Show(defaults))
            .Select(o => $"{o.Name} {OutputFiles.Quote(o.Show(spec))}"));

    /// <summary>The configuration as a JSON object keyed by option (without dashes), numbers as numbers; options that do not apply are left out.</summary>
    public static JsonObject ConfigJson(ExperimentSpec spec)
    {
        var node = new JsonObject();
        foreach (var option in All.Where(o => o.Applies(spec))) node[option.Key] = option.Json(spec);
        return node;
    }

    /// <summary>A Markdown table of the options that apply to a specification.</summary>
    public static string Table(ExperimentSpec spec)
    {
        var s = new System.Text.StringBuilder();
        s.AppendLine("| option | value |");
        s.AppendLine("| --- | --- |");
        foreach (var option in All.Where(o => o.Applies(spec) && o.Show(spec) != "")) s.AppendLine($"| `{option.Name}` | {option.Show(spec)} |");
        return s.ToString();
    }

    /// <summary>A specification problem as the command line says it: the flag of its field, or the field itself.</summary>
    public static ConfigException Usage(SpecProblem problem, IReadOnlyDictionary<string, string>? otherFields = null)
    {
        string name = ForField(problem.Field)?.Name ?? (otherFields is not null && otherFields.TryGetValue(problem.Field, out var flag) ? flag : problem.Field);
        return ConfigException.Named(name, problem.Message);
    }

    private static ExperimentOption Int(string name, string help, string field, Func<ExperimentSpec, int> get, Func<ExperimentSpec, int, ExperimentSpec> set) =>
        new(name, help, field, s => get(s).ToString(CultureInfo.InvariantCulture), (s, text) =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v)
                ? set(s, v)
                : throw ConfigException.Named(name, $"must be an integer, got '{text}'"),
            s => JsonValue.Create(get(s)));

    private static ExperimentOption Real(string name, string help, string field, Func<ExperimentSpec, double> get, Func<ExperimentSpec, double, ExperimentSpec> set) =>
        new(name, help, field, s => get(s).ToString("R", CultureInfo.InvariantCulture), (s, text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
                ? set(s, v)
                : throw ConfigException.Named(name, $"must be a finite number, got '{text}'"),
            s => JsonValue.Create(get(s)));

    private static ExperimentOption Choice<TEnum>(string name, string help, string field, Func<ExperimentSpec, TEnum> get,
        Func<ExperimentSpec, TEnum, ExperimentSpec> set, params (string Text, TEnum Value)[] choices) where TEnum : struct, Enum
    {
        var words = choices.Select(c => c.Text).ToArray();
        string Show(ExperimentSpec s) => choices.FirstOrDefault(x => x.Value.Equals(get(s))).Text ?? get(s).ToString().ToLowerInvariant();
        return new(name, $"{help}: {string.Join(", ", words)}", field, Show, (s, text) =>
        {
            foreach (var (t, v) in choices)
                if (string.Equals(t, text, StringComparison.OrdinalIgnoreCase)) return set(s, v);
            throw ConfigException.Named(name, $"must be one of {string.Join(", ", words)}, got '{text}'{Spelling.Suggestion(text, words)}");
        }, s => JsonValue.Create(Show(s))) { Choices = words };
    }

    private static ExperimentSpec ParseClasses(ExperimentSpec s, string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int p)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            return s with { Data = s.Data with { Classes = new ClassPair(p, n) } };
        throw ConfigException.Named("--classes", $"must be two class numbers positive,negative (e.g. 1,2), got '{text}'");
    }
}
