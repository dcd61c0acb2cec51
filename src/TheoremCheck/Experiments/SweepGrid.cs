namespace TheoremCheck.Experiments;

/// <summary>
/// A two-parameter sweep as the one-axis sweep over its pairs: the axis named "p1|p2" takes the values "v1|v2",
/// first parameter outermost, so plans, shards, resumes and merges work on it unchanged. This type builds that axis
/// and reads the grid back from a plan for tables and heat maps.
/// </summary>
public sealed record SweepGrid(string Parameter1, IReadOnlyList<string> Values1, string Parameter2, IReadOnlyList<string> Values2)
{
    public const char Separator = '|';

    /// <summary>The axis over the pairs: a pair's first value is set by <paramref name="first"/>, then its second by <paramref name="second"/>.</summary>
    public static SweepAxis Combine(SweepAxis first, SweepAxis second)
    {
        if (first.Name.Contains(Separator) || second.Name.Contains(Separator))
            throw new ArgumentException($"Parameter names may not contain '{Separator}': {first.Name}, {second.Name}.");
        return new SweepAxis(first.Name + Separator + second.Name, (spec, pair) =>
        {
            var (a, b) = Split(pair);
            return second.Apply(first.Apply(spec, a), b);
        });
    }

    /// <summary>Every pair, first parameter outermost: the order of the plan's values.</summary>
    public static IReadOnlyList<string> Pairs(IReadOnlyList<string> values1, IReadOnlyList<string> values2)
    {
        var bad = values1.Concat(values2).FirstOrDefault(v => v.Contains(Separator));
        if (bad is not null) throw new ArgumentException($"Value '{bad}' contains '{Separator}', which separates the two parameters.");
        return values1.SelectMany(a => values2.Select(b => a + Separator + b)).ToList();
    }

    public static (string First, string Second) Split(string pair)
    {
        int at = pair.IndexOf(Separator);
        if (at < 0 || pair.IndexOf(Separator, at + 1) >= 0) throw new ArgumentException($"'{pair}' is not a pair of values 'first{Separator}second'.");
        return (pair[..at], pair[(at + 1)..]);
    }

    /// <summary>The grid of a two-parameter plan; null for a one-parameter plan.</summary>
    public static SweepGrid? Of(string parameter, IReadOnlyList<string> values)
    {
        if (!parameter.Contains(Separator)) return null;
        var (p1, p2) = Split(parameter);
        var pairs = values.Select(Split).ToList();
        var first = pairs.Select(p => p.First).Distinct().ToList();
        var second = pairs.Select(p => p.Second).Distinct().ToList();
        if (!Pairs(first, second).SequenceEqual(values))
            throw new InvalidDataException($"The values of '{parameter}' are not the grid of {first.Count} x {second.Count} pairs in order.");
        return new SweepGrid(p1, first, p2, second);
    }

    /// <summary>The (row, column) of value index <paramref name="valueIndex"/>: row the second parameter's value, column the first's.</summary>
    public (int Row, int Column) Cell(int valueIndex) => (valueIndex % Values2.Count, valueIndex / Values2.Count);

    /// <summary>Value index of the pair (values1[column], values2[row]).</summary>
    public int ValueIndex(int row, int column) => column * Values2.Count + row;

    /// <summary>The table columns that name a plan's value: both parameters of a grid, else the one.</summary>
    public static IReadOnlyList<string> Columns(string parameter) =>
        parameter.Contains(Separator) ? [Split(parameter).First, Split(parameter).Second] : [parameter];

    /// <summary>A value in those columns: the two values of a pair, else the value.</summary>
    public static IReadOnlyList<string> Fields(string parameter, string value) =>
        parameter.Contains(Separator) ? [Split(value).First, Split(value).Second] : [value];
}
