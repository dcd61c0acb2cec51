using System.Globalization;

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
