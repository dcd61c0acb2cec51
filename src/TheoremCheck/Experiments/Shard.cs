using System.Globalization;

namespace TheoremCheck.Experiments;

/// <summary>
/// Part <see cref="Index"/> (1-based) of <see cref="Count"/> disjoint parts of a sweep: the points whose
/// plan index is congruent to Index - 1 modulo Count. Round robin over the value-major order spreads
/// expensive values (large widths) evenly over the parts.
/// </summary>
public readonly record struct Shard
{
    public int Index { get; }
    public int Count { get; }

    public Shard(int index, int count)
    {
        if (count < 1 || index < 1 || index > count)
            throw new ArgumentOutOfRangeException(nameof(index), $"A shard is part K of N with 1 <= K <= N, got {index}/{count}.");
        Index = index; Count = count;
    }

    public static Shard Whole => new(1, 1);
    public bool IsWhole => Count == 1;

    public bool Contains(SweepPoint point) => point.Index % Count == Index - 1;

    /// <summary>Reads "K/N" with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = Whole;
        var parts = (text ?? "").Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
        {
            shard = new Shard(k, n);
            return true;
        }
        return false;
    }

    public override string ToString() => $"{Index}/{Count}";
}
