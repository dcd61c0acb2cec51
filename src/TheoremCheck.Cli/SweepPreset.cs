namespace TheoremCheck.Cli;

/// <summary>
/// One of the reference code's experiment families as a sweep (THEORY §7): its base options, the swept option and
/// values, the learning-rate grid the reference takes the best over (the second parameter), and its seeds, at full
/// scale (for a cluster, through --shard) and at a reduced scale that runs here in minutes: reduced arguments are
/// applied after the full ones, with fewer values and seeds.
/// </summary>
public sealed record SweepPreset(
    string Name, string Family, string Description,
    IReadOnlyList<string> Arguments, string Parameter, IReadOnlyList<string> Values, string? Parameter2, IReadOnlyList<string>? Values2, int Seeds,
    IReadOnlyList<string> ReducedArguments, IReadOnlyList<string> ReducedValues, int ReducedSeeds)
{
    /// <summary>The base options at a scale, as flag/value pairs in order (reduced ones after the full ones, so they win).</summary>
    public IReadOnlyList<(string Flag, string Value)> Options(bool full)
    {
        var arguments = full ? Arguments : [.. Arguments, .. ReducedArguments];
        if (arguments.Count % 2 != 0) throw new InvalidOperationException($"Preset {Name}: arguments must be flag/value pairs.");
        var pairs = new List<(string, string)>();
        for (int k = 0; k < arguments.Count; k += 2) pairs.Add((arguments[k], arguments[k + 1]));
        return pairs;
    }

    public IReadOnlyList<string> ValuesAt(bool full) => full ? Values : ReducedValues;

    public int SeedsAt(bool full) => full ? Seeds : ReducedSeeds;
}
