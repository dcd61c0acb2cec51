using System.Globalization;

namespace TheoremCheck.Claims;

/// <summary>
/// How hard a claim is checked: <see cref="Scale"/> multiplies the number of cases and the largest sizes
/// (env THEOREMCHECK_SCALE, default 1; fractions allowed, 0.5 halves them), <see cref="Replay"/> is the FsCheck seed
/// (env THEOREMCHECK_REPLAY, default fixed so every run is deterministic).
/// </summary>
public sealed record SuiteSettings(double Scale, ReplaySeed Replay)
{
    /// <summary>Generated cases evaluated at once (results do not depend on it; see <see cref="Claim{TInstance}.Check"/>).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Where those cases run: <see cref="ClaimRunner"/> shares one scheduler among all its claims, seeds and cases so
    /// that together they use at most <see cref="Threads"/> threads; null for the default scheduler.</summary>
    public TaskScheduler? Scheduler { get; init; }

    public const string ScaleVariable = "THEOREMCHECK_SCALE";
    public const string ReplayVariable = "THEOREMCHECK_REPLAY";
    /// <summary>Scales above this would run for days; below <see cref="MinimumScale"/> nothing is left to generate.</summary>
    public const double MaximumScale = 64, MinimumScale = 1.0 / 64;

    public static SuiteSettings Default { get; } = new(1, ReplaySeed.Default);

    /// <summary>Settings from the environment; a malformed value is an error, not silently ignored.</summary>
    public static SuiteSettings FromEnvironment()
    {
        var scaleText = Environment.GetEnvironmentVariable(ScaleVariable);
        double scale = string.IsNullOrWhiteSpace(scaleText) ? 1 : ParseScale(scaleText, ScaleVariable);
        var replayText = Environment.GetEnvironmentVariable(ReplayVariable);
        var replay = string.IsNullOrWhiteSpace(replayText) ? ReplaySeed.Default : ReplaySeed.Parse(replayText);
        return new SuiteSettings(scale, replay);
    }

    /// <summary>A scale as typed: a positive number such as 1, 4 or 0.5 within [1/64, 64].</summary>
    public static double ParseScale(string text, string source)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) || !double.IsFinite(scale))
            throw new ArgumentException($"{source} must be a number such as 1, 4 or 0.5, got '{text}'.");
        if (scale < MinimumScale || scale > MaximumScale)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{source} must be between {MinimumScale} and {MaximumScale} (1 is the default, 0.5 halves cases and sizes), got '{text}'."));
        return scale;
    }

    /// <summary>Cases at this scale: the scale-1 count times the scale, at least one.</summary>
    public int ScaledCases(int casesAtScaleOne) => Math.Max(1, (int)Math.Round(casesAtScaleOne * Scale));

    /// <summary>A largest size at <paramref name="scale"/>: the scale-1 value times the scale, rounded, never below <paramref name="floor"/>.</summary>
    public static int ScaledSize(int atScaleOne, double scale, int floor) => Math.Max(floor, (int)Math.Round(atScaleOne * scale));
}
