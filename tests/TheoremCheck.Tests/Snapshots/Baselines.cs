using System.Globalization;
using Snapshooter;
using Snapshooter.Xunit;

namespace TheoremCheck.Tests.Snapshots;

/// <summary>
/// Snapshot baselines under snapshots/__snapshots__/ at the repository root (Snapshooter.Xunit, which
/// always adds the __snapshots__ folder; one JSON .snap file per case). Doubles are rounded to <see cref="SignificantDigits"/> so a last-bit change
/// passes and a real change fails; rationals are compared as exact strings; no timings, no paths.
/// A missing baseline is created on a developer's machine but fails under CI (CI=true).
/// </summary>
public static class Baselines
{
    public const int SignificantDigits = 6;

    public static string Directory => Path.Combine(RepositoryPaths.Root, "snapshots");

    public static void Match(object result, string name) => Match(result, name, Directory);

    public static void Match(object result, string name, string directory)
    {
        string file = name + ".snap";
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.True(File.Exists(Path.Combine(directory, "__snapshots__", file)), $"Baseline {file} is missing from {directory}; create it locally and commit it.");
        Snapshot.Match(result, new SnapshotFullName(file, directory));
    }

    /// <summary>x rounded to <see cref="SignificantDigits"/> significant digits.</summary>
    public static double Round(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return x;
        int magnitude = (int)Math.Floor(Math.Log10(Math.Abs(x))) + 1;
        int decimals = SignificantDigits - magnitude;
        return decimals >= 0 && decimals <= 15
            ? Math.Round(x, decimals, MidpointRounding.ToEven)
            : double.Parse(x.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
