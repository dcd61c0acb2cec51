using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// One option of an experiment: its flag, help text, the specification value it sets (<see cref="Field"/>, the
/// path of <see cref="SpecJson"/>, so problems the specification reports name this flag), how it shows, parses and
/// writes its value, and when it applies (an option given where it does not apply is refused, not ignored).
/// </summary>
public sealed record ExperimentOption(
    string Name, string Description, string Field,
    Func<ExperimentSpec, string> Show,
    Func<ExperimentSpec, string, ExperimentSpec> Apply,
    Func<ExperimentSpec, JsonNode?> Json)
{
    /// <summary>The name without its dashes, as <c>sweep --param</c> and the JSON configuration use it.</summary>
    public string Key => Name[2..];

    /// <summary>Whether the option means anything for a specification; by default always.</summary>
    public Func<ExperimentSpec, bool> Applies { get; init; } = _ => true;

    /// <summary>Completes "--x applies only ..." when <see cref="Applies"/> is false.</summary>
    public string AppliesOnly { get; init; } = "";

    /// <summary>The accepted words of a choice, for help and suggestions; empty for other options.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
