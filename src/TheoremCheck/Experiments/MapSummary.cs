namespace TheoremCheck.Experiments;

/// <summary>Shares of the grid where each condition holds, and how C2 fares on it.</summary>
public sealed record MapSummary(
    int Points, double SignsAgree, double MarginF, double MarginG, double Agreement, double All,
    int AllAndSignsAgree, int AllButSignsDiffer)
{
    /// <summary>Share of the points where (a)∧(b)∧(c) holds on which sgn f = sgn g (C2 says 1); NaN when (a)∧(b)∧(c) holds nowhere.</summary>
    public double SignsAgreeWhereAll => AllAndSignsAgree + AllButSignsDiffer == 0
        ? double.NaN : (double)AllAndSignsAgree / (AllAndSignsAgree + AllButSignsDiffer);
}
