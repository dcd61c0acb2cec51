using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TheoremCheck.Cli;

/// <summary>
/// Typed options whose parse errors name the option and the accepted values in words (the library's default
/// message names .NET types).
/// </summary>
public static class CliParsers
{
    /// <summary>An integer option at least <paramref name="minimum"/>.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue, int minimum) => new(name)
    {
        Description = $"{description} [default: {defaultValue}]",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= minimum) return value;
            result.AddError($"{name}: must be an integer >= {minimum}, got '{text}'");
            return defaultValue;
        },
    };

    /// <summary>A finite number option at least <paramref name="minimum"/>.</summary>
    public static Option<double> Real(string name, string description, double defaultValue, double minimum) => new(name)
    {
        Description = $"{description} [default: {defaultValue.ToString("R", CultureInfo.InvariantCulture)}]",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= minimum) return value;
            result.AddError($"{name}: must be a finite number >= {minimum.ToString("R", CultureInfo.InvariantCulture)}, got '{text}'");
            return defaultValue;
        },
    };
}
