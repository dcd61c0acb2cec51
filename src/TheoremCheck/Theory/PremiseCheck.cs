using System.Globalization;

namespace TheoremCheck.Theory;

/// <summary>
/// Whether a run is in the regime the theorem assumes (<see cref="LazyRegime"/>): the flip shares of f and g against
/// <see cref="LazyRegime.FlipShareThreshold"/>, and the width requirement as the ratio m / (d² (t_f + t_g)²).
/// Outside it, conditions (a) and (b) are derived for a regime the run is not in, so reports show them as
/// "outside the theorem's premise", never as plain "holds".
/// </summary>
public sealed record PremiseCheck(double FlippedF, double FlippedG, double WidthRatio)
{
    public const string Outside = "outside the theorem's premise";

    public static PremiseCheck Of(double flippedF, double flippedG, int width, int dimension, double timeF, double timeG) =>
        new(flippedF, flippedG, LazyRegime.WidthRatio(width, dimension, timeF, timeG));

    /// <summary>Both trainings lazy: at most <see cref="LazyRegime.FlipShareThreshold"/> of their patterns flipped.</summary>
    public bool Holds => LazyRegime.IsLazy(FlippedF) && LazyRegime.IsLazy(FlippedG);

    /// <summary>"lazy" or "outside the theorem's premise".</summary>
    public string Verdict => Holds ? "lazy (within the theorem's premise)" : Outside;

    /// <summary>One line: verdict, flip shares against the threshold, width ratio.</summary>
    public string Describe()
    {
        string threshold = LazyRegime.FlipShareThreshold.ToString("0.##", CultureInfo.InvariantCulture);
        static string Share(double s) => s.ToString("F3", CultureInfo.InvariantCulture);
        return $"{Verdict}: flipped_f {Share(FlippedF)} {(LazyRegime.IsLazy(FlippedF) ? "≤" : ">")} {threshold}, " +
               $"flipped_g {Share(FlippedG)} {(LazyRegime.IsLazy(FlippedG) ? "≤" : ">")} {threshold}; " +
               $"width m/(d²(t_f+t_g)²) = {WidthRatio.ToString("G3", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A condition share as a report shows it: the share, and "outside the theorem's premise" when the run is.</summary>
    public string Qualify(double share) =>
        Holds ? share.ToString("P1", CultureInfo.InvariantCulture) : $"{Outside} ({share.ToString("P1", CultureInfo.InvariantCulture)} if it applied)";
}
