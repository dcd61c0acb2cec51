using System.Globalization;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The validation rules the specifications share, each written once so that a value has the same rule
/// and the same message wherever it appears.
/// </summary>
internal static class SpecRules
{
    public static IEnumerable<SpecProblem> Positive(string field, int value)
    {
        if (value <= 0) yield return new(field, $"must be a positive integer, got {Show(value)}");
    }

    public static IEnumerable<SpecProblem> NonNegative(string field, int value)
    {
        if (value < 0) yield return new(field, $"must be a non-negative integer, got {Show(value)}");
    }

    public static IEnumerable<SpecProblem> Positive(string field, double value)
    {
        if (!(double.IsFinite(value) && value > 0)) yield return new(field, $"must be a positive finite number, got {Show(value)}");
    }

    public static IEnumerable<SpecProblem> NonNegative(string field, double value)
    {
        if (!(double.IsFinite(value) && value >= 0)) yield return new(field, $"must be a non-negative finite number, got {Show(value)}");
    }

    /// <summary>value in [0, 1): a leaky-ReLU slope, a momentum.</summary>
    public static IEnumerable<SpecProblem> UnitInterval(string field, double value)
    {
        if (!(double.IsFinite(value) && value >= 0 && value < 1)) yield return new(field, $"must be in [0, 1), got {Show(value)}");
    }

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);
}
