using System.Globalization;
using FsCheck;

namespace TheoremCheck.Claims;

/// <summary>An FsCheck random state (seed, gamma) written as "seed,gamma"; gamma must be odd.</summary>
public readonly record struct ReplaySeed(ulong Seed, ulong Gamma)
{
    /// <summary>The golden-ratio gamma of SplitMix; any fixed odd number would do.</summary>
    public const ulong DefaultGamma = 0x9E3779B97F4A7C15UL;

    public static ReplaySeed Default { get; } = new(20241029, DefaultGamma);

    public Rnd ToRnd() => new(Seed, Gamma);

    public static ReplaySeed From(Rnd rnd) => new(rnd.Seed, rnd.Gamma);

    /// <summary>Parses "seed" (default gamma) or "seed,gamma".</summary>
    public static ReplaySeed Parse(string text)
    {
        var parts = text.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 &&
            ulong.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong seed))
        {
            if (parts.Length == 1) return new ReplaySeed(seed, DefaultGamma);
            if (ulong.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong gamma) && gamma % 2 == 1)
                return new ReplaySeed(seed, gamma);
        }
        throw new ArgumentException($"A replay seed is 'seed' or 'seed,gamma' (unsigned integers, gamma odd), got '{text}'.");
    }

    public override string ToString() => $"{Seed},{Gamma}";
}
