using System.Text;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// A sweep: the setting <see cref="Parameter"/> takes each of <see cref="Values"/>, every value is run with
/// each of <see cref="Seeds"/>, everything else comes from <see cref="Base"/>. The points are ordered value by
/// value, seeds ascending; that order, with each point's specification, is the plan's identity for shards,
/// resumes and merges (<see cref="Fingerprint"/>).
/// </summary>
public sealed class SweepPlan
{
    public const string ParameterField = "sweep.param", ValuesField = "sweep.values", SeedsField = "sweep.seeds";

    public string Parameter { get; }
    public IReadOnlyList<string> Values { get; }
    public IReadOnlyList<int> Seeds { get; }
    public ExperimentSpec Base { get; }
    public IReadOnlyList<SweepPoint> Points { get; }
    public string Fingerprint { get; }

    private SweepPlan(string parameter, IReadOnlyList<string> values, IReadOnlyList<int> seeds, ExperimentSpec baseSpec, IReadOnlyList<SweepPoint> points)
    {
        Parameter = parameter; Values = values; Seeds = seeds; Base = baseSpec; Points = points;
        Fingerprint = FingerprintOf(parameter, values, seeds, points);
    }

    /// <summary>
    /// The plan of <paramref name="axis"/> over <paramref name="values"/> with seeds base, base + 1, ...
    /// (<paramref name="seedCount"/> of them). Everything is checked before any work: at least one value and no
    /// repeats, a positive seed count (exactly one when the axis sets the seed itself), and every point's
    /// specification; the problems name their fields (<see cref="ValuesField"/>, <see cref="SeedsField"/>, the specification's).
    /// </summary>
    public static SweepPlan Create(SweepAxis axis, IReadOnlyList<string> values, int seedCount, ExperimentSpec baseSpec)
    {
        if (values.Count == 0) throw new SpecException(ValuesField, "must list at least one value");
        var repeated = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new SpecException(ValuesField, $"lists '{repeated.Key}' twice");
        if (seedCount < 1) throw new SpecException(SeedsField, $"must be a positive integer, got {seedCount}");
        var seeds = Enumerable.Range(0, seedCount).Select(k => checked(baseSpec.Seed + k)).ToArray();

        var points = new List<SweepPoint>();
        for (int v = 0; v < values.Count; v++)
        {
            // An axis that sets the seed itself gives the same point for every seed.
            bool setsSeed = axis.Apply(baseSpec with { Seed = seeds[0] }, values[v]).Seed == axis.Apply(baseSpec with { Seed = seeds[0] + 1 }, values[v]).Seed;
            if (setsSeed && seedCount > 1)
                throw new SpecException(SeedsField, $"must be 1 when sweeping {axis.Name} (the values set the seed), got {seedCount}");
            foreach (int seed in seeds)
            {
                var spec = axis.Apply(baseSpec with { Seed = seed }, values[v]);
                points.Add(new SweepPoint(points.Count, v, values[v], spec.Seed, spec));
            }
        }
        SpecException.ThrowIfAny(points.SelectMany(p => p.Spec.Problems()).Distinct());
        return new SweepPlan(axis.Name, values.ToArray(), seeds, baseSpec, points);
    }

    /// <summary>
    /// Rebuilds a plan from its stored description (<see cref="SweepStore"/>), without validating the points
    /// against this machine (a merge may run where the data directory has another path).
    /// </summary>
    public static SweepPlan Restore(string parameter, IReadOnlyList<string> values, IReadOnlyList<int> seeds, ExperimentSpec baseSpec, IReadOnlyList<SweepPoint> points)
    {
        for (int i = 0; i < points.Count; i++)
            if (points[i].Index != i || points[i].ValueIndex < 0 || points[i].ValueIndex >= values.Count || points[i].Value != values[points[i].ValueIndex])
                throw new InvalidDataException($"point {i} of the stored plan does not match its values");
        return new SweepPlan(parameter, values, seeds, baseSpec, points);
    }

    private static string FingerprintOf(string parameter, IReadOnlyList<string> values, IReadOnlyList<int> seeds, IReadOnlyList<SweepPoint> points)
    {
        var text = new StringBuilder();
        text.Append("param=").Append(parameter).Append('\n');
        foreach (var v in values) text.Append("value=").Append(v).Append('\n');
        foreach (var s in seeds) text.Append("seed=").Append(s).Append('\n');
        foreach (var p in points) text.Append("point=").Append(p.ValueIndex).Append(',').Append(p.Seed).Append(',').Append(SpecJson.ToText(p.Spec)).Append('\n');
        return ContentHash.Short(text.ToString());
    }
}
