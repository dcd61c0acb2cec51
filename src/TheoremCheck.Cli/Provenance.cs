using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace TheoremCheck.Cli;

/// <summary>
/// Who wrote an output and how: the tool's version and the commit it was built from (embedded at build time as
/// the assembly's informational version "version+commit"; "unknown" when the build had no git), the date, and
/// the command line. Every JSON file, CSV header comment and report carries it.
/// </summary>
public sealed record Provenance(string Version, string Commit, DateTime Utc, string Command)
{
    private static readonly AsyncLocal<string[]?> Arguments = new();

    /// <summary>The arguments of the command being run (set by <see cref="CommandLine.Invoke"/>, per call).</summary>
    public static string[] CommandLine
    {
        get => Arguments.Value ?? [];
        set => Arguments.Value = value;
    }

    /// <summary>The provenance of the command being run, dated now.</summary>
    public static Provenance Current => new(ToolVersion.Version, ToolVersion.Commit, DateTime.UtcNow,
        string.Join(" ", new[] { "theoremcheck" }.Concat(CommandLine.Select(OutputFiles.Quote))));

    public string Date => Utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public JsonObject Json() => new()
    {
        ["tool"] = "theoremcheck", ["version"] = Version, ["commit"] = Commit, ["date"] = Date, ["command"] = Command,
    };

    /// <summary>One line for the top of a CSV file (readers skip it with comment='#').</summary>
    public string CsvComment() => $"# theoremcheck {Version} (commit {Commit}), {Date}: {Command}";

    /// <summary>One Markdown line for reports.</summary>
    public string Markdown() => $"Written by theoremcheck {Version} (commit `{Commit}`) on {Date} with `{Command}`.";
}
