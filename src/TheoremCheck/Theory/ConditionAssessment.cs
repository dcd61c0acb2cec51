namespace TheoremCheck.Theory;

/// <summary>
/// What the theory says about one run at its test points: whether the run is in the theorem's premise, and, when
/// the C2 conditions apply to its configuration, the conditions at every test point, their summary and how loose
/// their bounds were. When they do not apply, <see cref="NotApplicableField"/> names the specification value at fault
/// (its path, e.g. <c>attack.scenario</c>, which a front end maps to its own name) and <see cref="NotApplicable"/> why.
/// </summary>
public sealed record ConditionAssessment(
    PremiseCheck Premise, string? NotApplicableField, string? NotApplicable, IReadOnlyList<ConditionReport>? Reports,
    ConditionSummary? Summary, ApproximationLooseness? Looseness)
{
    public bool Applies => NotApplicable is null;

    /// <summary>Value equality, the reports compared point by point.</summary>
    public bool Equals(ConditionAssessment? other) =>
        other is not null && Premise == other.Premise && NotApplicableField == other.NotApplicableField && NotApplicable == other.NotApplicable
        && (Reports is null ? other.Reports is null : other.Reports is not null && Reports.SequenceEqual(other.Reports))
        && Equals(Summary, other.Summary) && Looseness == other.Looseness;

    public override int GetHashCode() => HashCode.Combine(Premise, NotApplicable, Summary, Looseness);
}
