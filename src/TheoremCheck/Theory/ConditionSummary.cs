using System.Globalization;

namespace TheoremCheck.Theory;

/// <summary>
/// The C2 conditions over a set of points (the test points of a run, the grid of a map): how often each holds,
/// how C2 fares where all three do, and, where (a) or (b) fails, which error term is the largest.
/// </summary>
public sealed record ConditionSummary(
    int Points, int SignsAgree, int MarginF, int MarginG, int Agreement, int All, int AllAndSignsAgree,
    IReadOnlyList<int> LargestWhereFFails, IReadOnlyList<int> LargestWhereGFails)
{
    /// <param name="signsAgree">sgn f = sgn g at each point, in the order of <paramref name="reports"/>.</param>
    public static ConditionSummary Of(IReadOnlyList<ConditionReport> reports, IReadOnlyList<bool> signsAgree)
    {
        if (reports.Count != signsAgree.Count) throw new ArgumentException($"{reports.Count} reports for {signsAgree.Count} sign comparisons.");
        int agree = 0, a = 0, b = 0, c = 0, all = 0, allAgree = 0;
        var largestF = new int[MarginErrors.Terms.Count];
        var largestG = new int[MarginErrors.Terms.Count];
        for (int k = 0; k < reports.Count; k++)
        {
            var report = reports[k];
            if (signsAgree[k]) agree++;
            if (report.MarginF) a++; else largestF[(int)report.ErrorsF.Largest]++;
            if (report.MarginG) b++; else largestG[(int)report.ErrorsG.Largest]++;
            if (report.Agreement) c++;
            if (report.All) { all++; if (signsAgree[k]) allAgree++; }
        }
        return new ConditionSummary(reports.Count, agree, a, b, c, all, allAgree, largestF, largestG);
    }

    public double Share(int count) => Points == 0 ? double.NaN : (double)count / Points;

    /// <summary>Points where (a) ∧ (b) ∧ (c) hold but sgn f ≠ sgn g: counterexamples to C2 (when the premise holds).</summary>
    public int AllButSignsDiffer => All - AllAndSignsAgree;

    /// <summary>Share of the points where (a) ∧ (b) ∧ (c) hold on which sgn f = sgn g (C2 says 1); NaN where they hold nowhere.</summary>
    public double SignsAgreeWhereAll => All == 0 ? double.NaN : (double)AllAndSignsAgree / All;

    /// <summary>Share of the points where (a) ∧ (b) ∧ (c) hold and the run is within the premise: 0 outside it.</summary>
    public double AllWithinPremise(PremiseCheck premise) => premise.Holds ? Share(All) : 0;

    /// <summary>"(b) fails on 100.0 %: bias (target imbalance) largest on 83.0 %, initial output on 17.0 %".</summary>
    public string Failures(bool conditionF)
    {
        var counts = conditionF ? LargestWhereFFails : LargestWhereGFails;
        int failing = Points - (conditionF ? MarginF : MarginG);
        string name = conditionF ? "(a)" : "(b)";
        if (failing == 0) return $"{name} fails nowhere";
        var parts = MarginErrors.Terms.Where(t => counts[(int)t] > 0).OrderByDescending(t => counts[(int)t])
            .Select((t, i) => $"{MarginErrors.Name(t)}{(i == 0 ? " largest" : "")} on {Percent((double)counts[(int)t] / failing)}");
        return $"{name} fails on {Percent(Share(failing))}: {string.Join(", ", parts)}";
    }

    /// <summary>Value equality, the term counts compared element by element.</summary>
    public bool Equals(ConditionSummary? other) =>
        other is not null && Points == other.Points && SignsAgree == other.SignsAgree && MarginF == other.MarginF && MarginG == other.MarginG
        && Agreement == other.Agreement && All == other.All && AllAndSignsAgree == other.AllAndSignsAgree
        && LargestWhereFFails.SequenceEqual(other.LargestWhereFFails) && LargestWhereGFails.SequenceEqual(other.LargestWhereGFails);

    public override int GetHashCode() => HashCode.Combine(Points, SignsAgree, MarginF, MarginG, Agreement, All, AllAndSignsAgree);

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
