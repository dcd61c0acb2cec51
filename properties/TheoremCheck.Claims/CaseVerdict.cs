namespace TheoremCheck.Claims;

/// <summary>
/// The verdict of one generated case: whether the claim's precondition held and whether the statement did.
/// <see cref="Looseness"/>, for claims that compare an observed error with a bound, is the largest ratio of the two in
/// this case (at most 1 when the statement holds): how loose the bound is.
/// </summary>
public sealed record CaseVerdict(bool PreconditionHeld, bool Holds, string Detail)
{
    public double? Looseness { get; init; }

    /// <summary>A statement without precondition.</summary>
    public static CaseVerdict Always(bool holds, string detail) => new(true, holds, detail);

    /// <summary>Precondition failed: the case is vacuous (counted, never a counterexample).</summary>
    public static CaseVerdict Vacuous(string detail) => new(false, true, detail);
}
