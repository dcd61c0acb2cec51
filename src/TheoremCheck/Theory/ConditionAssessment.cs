namespace TheoremCheck.Theory;

/// <summary>
/// What the theory says about one run at its test points: whether the run is in the theorem's premise, and, when
/// the C2 conditions apply to its configuration, the conditions at every test point, their summary and how loose
/// their bounds were. <see cref="NotApplicable"/> names the reason when they do not apply.
/// </summary>
public sealed record ConditionAssessment(
    PremiseCheck Premise, string? NotApplicable, IReadOnlyList<ConditionReport>? Reports,
    ConditionSummary? Summary, ApproximationLooseness? Looseness)
{
    public bool Applies => NotApplicable is null;
}
