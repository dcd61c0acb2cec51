using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// Part <see cref="Index"/> (1-based) of <see cref="Count"/> disjoint parts of a sweep: the points whose
/// plan index is congruent to Index - 1 modulo Count. Round robin over the value-major order spreads
/// expensive values (large widths) evenly over the parts.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Whole => new(1, 1);
    public bool IsWhole => Count == 1;

    public bool Contains(SweepPoint point) => point.Index % Count == Index - 1;

    public static Shard Parse(string? text)
    {
        if (text is null) return Whole;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        throw new ConfigException("--shard", $"--shard must be K/N with 1 <= K <= N (part K of N), got '{text}'");
    }

    public override string ToString() => $"{Index}/{Count}";
}
