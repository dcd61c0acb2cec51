using System.Globalization;
using FsCheck;

namespace TheoremCheck.Claims;

/// <summary>
/// How hard a claim is checked: <see cref="Scale"/> multiplies the number of cases and the largest sizes
/// (env THEOREMCHECK_SCALE, default 1), <see cref="Replay"/> is the FsCheck seed (env THEOREMCHECK_REPLAY,
/// default fixed so every run is deterministic).
/// </summary>
public sealed record SuiteSettings(int Scale, ReplaySeed Replay)
{
    public const string ScaleVariable = "THEOREMCHECK_SCALE";
    public const string ReplayVariable = "THEOREMCHECK_REPLAY";

    public static SuiteSettings Default { get; } = new(1, ReplaySeed.Default);

    /// <summary>Settings from the environment; a malformed value is an error, not silently ignored.</summary>
    public static SuiteSettings FromEnvironment()
    {
        int scale = 1;
        var scaleText = Environment.GetEnvironmentVariable(ScaleVariable);
        if (!string.IsNullOrWhiteSpace(scaleText) &&
            (!int.TryParse(scaleText, NumberStyles.Integer, CultureInfo.InvariantCulture, out scale) || scale < 1))
            throw new ArgumentException($"{ScaleVariable} must be a positive integer, got '{scaleText}'.");
        var replayText = Environment.GetEnvironmentVariable(ReplayVariable);
        var replay = string.IsNullOrWhiteSpace(replayText) ? ReplaySeed.Default : ReplaySeed.Parse(replayText);
        return new SuiteSettings(scale, replay);
    }
}

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
