namespace TheoremCheck.Claims;

/// <summary>
/// <see cref="Theorem"/>: the statement must hold on every generated case. <see cref="FalseStatement"/>: a
/// deliberately unconditional or weakened form that THEORY says is false; the check must find a counterexample
/// and shrink it (it shows the precondition of the matching theorem is needed).
/// </summary>
public enum ClaimKind { Theorem, FalseStatement }
