using System.Security.Cryptography;
using System.Text;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// A sweep: one option of <see cref="ConfigOptions"/> takes each of <see cref="Values"/>, every value is
/// run with each of <see cref="Seeds"/>, all other options come from <see cref="Base"/>. The points are
/// ordered value by value, seeds ascending; that order is the plan's identity for shards and resumes.
/// </summary>
public sealed class SweepPlan
{
    public ConfigOption Option { get; }
    public string Parameter => Option.Name[2..];
    public IReadOnlyList<string> Values { get; }
    public IReadOnlyList<int> Seeds { get; }
    public ExperimentConfig Base { get; }
    public IReadOnlyList<SweepPoint> Points { get; }

    private SweepPlan(ConfigOption option, IReadOnlyList<string> values, IReadOnlyList<int> seeds, ExperimentConfig baseConfig)
    {
        Option = option; Values = values; Seeds = seeds; Base = baseConfig;
        var points = new List<SweepPoint>();
        for (int v = 0; v < values.Count; v++)
            foreach (int seed in SeedsFor(v)) points.Add(new SweepPoint(points.Count, v, values[v], seed));
        Points = points;
    }

    /// <summary>
    /// Checks everything before any work: the option exists, the value list is non-empty and has no
    /// repeats, every value gives a valid configuration, the seed count is positive. Values are
    /// separated by commas, or by semicolons when the list contains one (for values such as <c>1,2</c> of --classes).
    /// </summary>
    public static SweepPlan Create(string? parameter, string? values, int seeds, ExperimentConfig baseConfig, bool validate = true)
    {
        if (string.IsNullOrWhiteSpace(parameter)) throw new ConfigException("--param", "--param is required: the option to sweep, e.g. --param width");
        var option = ConfigOptions.Find(parameter);
        if (option.Name == "--data-dir") throw new ConfigException("--param", "--param data-dir is not a sweepable quantity; sweep --classes or --data instead");
        var list = ParseValues(values);
        if (seeds < 1) throw new ConfigException("--seeds", $"--seeds must be a positive integer, got {seeds}");
        if (option.Name == "--seed" && seeds > 1)
            throw new ConfigException("--seeds", "--seeds must be 1 when sweeping --param seed (the values are the seeds)");
        var seedList = Enumerable.Range(0, seeds).Select(k => checked(baseConfig.Seed + k)).ToArray();
        var plan = new SweepPlan(option, list, seedList, baseConfig);
        if (validate) foreach (var point in plan.Points) plan.ConfigFor(point).Validate();
        return plan;
    }

    public static IReadOnlyList<string> ParseValues(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ConfigException("--values", "--values must list at least one value, e.g. --values 10,100,1000");
        char separator = text.Contains(';') ? ';' : ',';
        var values = text.Split(separator).Select(v => v.Trim()).ToArray();
        if (values.Any(v => v.Length == 0)) throw new ConfigException("--values", $"--values has an empty entry in '{text}'");
        var repeated = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ConfigException("--values", $"--values lists '{repeated.Key}' twice");
        return values;
    }

    public ExperimentConfig ConfigFor(SweepPoint point)
    {
        var config = Option.Apply(Base, point.Value);
        return Option.Name == "--seed" ? config : config with { Seed = point.Seed };
    }

    private IEnumerable<int> SeedsFor(int valueIndex) =>
        Option.Name == "--seed" ? [Option.Apply(Base, Values[valueIndex]).Seed] : Seeds;

    /// <summary>The base configuration as option/value pairs (the order of <see cref="ConfigOptions.All"/>).</summary>
    public IReadOnlyList<(string Option, string Value)> BaseOptions() =>
        ConfigOptions.All.Select(o => (o.Name[2..], o.Show(Base))).ToList();

    /// <summary>Identity of the plan (option, values, seeds, base configuration); shards and resumed runs must share it.</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            text.Append("param=").Append(Parameter).Append('\n');
            foreach (var v in Values) text.Append("value=").Append(v).Append('\n');
            foreach (var s in Seeds) text.Append("seed=").Append(s).Append('\n');
            foreach (var (name, value) in BaseOptions())
                if (name != "seed" && name != Parameter) text.Append(name).Append('=').Append(value).Append('\n');
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
        }
    }

    /// <summary>
    /// Rebuilds a plan from its stored description (see <see cref="SweepStore"/>), without validating
    /// it against this machine (a merge may run where the data directory has another path).
    /// </summary>
    public static SweepPlan Restore(string parameter, IReadOnlyList<string> values, int seedCount, IEnumerable<(string Option, string Value)> baseOptions)
    {
        var config = ConfigOptions.Build(baseOptions.Where(o => o.Value != "").Select(o => ("--" + o.Option, o.Value)));
        return Create(parameter, string.Join(values.Any(v => v.Contains(',')) ? ";" : ",", values), seedCount, config, validate: false);
    }
}
