namespace TheoremCheck.Pipeline;

/// <summary>E3 for f and E4 for g checked with rational equality at every test point of an exact run.</summary>
public sealed record ClosedFormCheck(ClosedFormVerdict E3, ClosedFormVerdict E4);
