using System.Globalization;

namespace TheoremCheck.Cli;

/// <summary>Conventions shared by the commands that write an output directory.</summary>
public static class OutputFiles
{
    /// <summary>Default output directory: results/&lt;name&gt; under the current directory.</summary>
    public static string DefaultDirectory(string name) => Path.Combine("results", name);

    /// <summary>
    /// Checks, before any computation, that <paramref name="directory"/> can receive the output files, and creates
    /// it: it must not be a file, must not lie under a file, and must be writable (tried with a probe file, which
    /// also catches read-only mounts and pseudo file systems). Missing parents are created, as mkdir -p would.
    /// Every refusal names <paramref name="option"/>.
    /// </summary>
    public static void PrepareDirectory(string option, string directory)
    {
        if (string.IsNullOrWhiteSpace(directory)) throw ConfigException.Named(option, "needs a directory name");
        string full;
        try { full = Path.GetFullPath(directory); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw ConfigException.Named(option, $"'{directory}' is not a valid path ({e.Message})");
        }
        if (File.Exists(full)) throw ConfigException.Named(option, $"'{directory}' is a file, not a directory; choose a directory name");
        for (string? parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent)) throw ConfigException.Named(option, $"'{directory}' lies under '{parent}', which is a file");
            if (Directory.Exists(parent)) break;
        }
        string probe = Path.Combine(full, $".theoremcheck-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(full);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ConfigException.Named(option, $"cannot write to '{directory}': {e.Message}");
        }
    }

    /// <summary>Round-trip text of a number: parsing it back gives the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A CSV field, quoted when it holds a separator, quote or line break (RFC 4180).</summary>
    public static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    public static string CsvLine(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>A shell word: as it is when it is safe, else in single quotes.</summary>
    public static string Quote(string text) => text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || "-_.,/:+=".Contains(c)) ? text : "'" + text.Replace("'", "'\\''") + "'";
}
