using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>Conventions shared by the commands that write an output directory.</summary>
public static class OutputFiles
{
    /// <summary>Default output directory: results/&lt;name&gt; under the current directory.</summary>
    public static string DefaultDirectory(string name) => Path.Combine("results", name);

    /// <summary>A short stable hash of a text (configuration descriptions), for default directory names.</summary>
    public static string ShortHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    /// <summary>Round-trip text of a number: parsing it back gives the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A CSV field, quoted when it holds a separator, quote or line break (RFC 4180).</summary>
    public static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    public static string CsvLine(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>The options of <paramref name="config"/> that differ from <paramref name="defaults"/>, as command-line text.</summary>
    public static string NonDefaultOptions(ExperimentConfig config, ExperimentConfig defaults, string? except = null) =>
        string.Join(" ", ConfigOptions.All
            .Where(o => o.Name != except && o.Show(config) != o.Show(defaults))
            .Select(o => $"{o.Name} {Quote(o.Show(config))}"));

    public static string Quote(string text) => text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || "-_.,/:+".Contains(c)) ? text : "'" + text.Replace("'", "'\\''") + "'";

    /// <summary>A Markdown table of the options of a configuration.</summary>
    public static string ConfigTable(ExperimentConfig config)
    {
        var s = new StringBuilder();
        s.AppendLine("| option | value |");
        s.AppendLine("| --- | --- |");
        foreach (var option in ConfigOptions.All)
        {
            string value = option.Show(config);
            if (value != "") s.AppendLine($"| `{option.Name}` | {value} |");
        }
        return s.ToString();
    }
}
