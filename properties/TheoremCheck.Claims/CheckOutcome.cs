namespace TheoremCheck.Claims;

/// <summary>What FsCheck concluded: no counterexample, a counterexample, or too few cases generated.</summary>
public enum CheckOutcome { Passed, Failed, Exhausted }
