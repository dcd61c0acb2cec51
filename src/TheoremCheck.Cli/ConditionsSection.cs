using System.Numerics;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// What the theory says about a run (THEORY §5): whether it is in the theorem's premise (flip shares, width ratio),
/// and, where the C2 conditions apply, how often each holds at the test points, which error term is largest where
/// (a) or (b) fails, and how loose their bounds were. Outside the premise, (a) and (b) are shown as outside it.
/// </summary>
public sealed class ConditionsSection : IRunSection
{
    public string Name => "theory";

    public JsonNode? Json<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        if (result.Metrics.Conditions is not { } assessment) return null;
        return ConditionReports.AssessmentJson(assessment, Reason(assessment));
    }

    public IEnumerable<string> Text<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        if (result.Metrics.Conditions is not { } a) return [];
        return ConditionReports.Lines(a.Premise, a.Summary, a.Looseness, $"the {result.Spec.Data.TestSamples} test points",
            Reason(a));
    }

    /// <summary>Why the conditions do not apply, with the option at fault; null when they apply.</summary>
    public static string? Reason(Theory.ConditionAssessment a) =>
        a.Applies ? null : $"{ExperimentOptions.ForField(a.NotApplicableField!)?.Name ?? a.NotApplicableField} {a.NotApplicable}";
}
