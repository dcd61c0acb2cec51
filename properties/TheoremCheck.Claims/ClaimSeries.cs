namespace TheoremCheck.Claims;

/// <summary>One claim checked under several replay seeds: counts, looseness over all cases, and the worst case.</summary>
public sealed record ClaimSeries(Claim Claim, IReadOnlyList<ClaimReport> Reports)
{
    public int Seeds => Reports.Count;
    public int AsExpected => Reports.Count(r => r.AsExpected);
    /// <summary>Seeds at which FsCheck found no counterexample.</summary>
    public int Passed => Reports.Count(r => r.Outcome == CheckOutcome.Passed);
    /// <summary>Seeds at which FsCheck found a counterexample.</summary>
    public int Refuted => Reports.Count(r => r.Outcome == CheckOutcome.Failed);
    public int Cases => Reports.Sum(r => r.Cases);
    public double PreconditionShareMin => Reports.Min(r => r.PreconditionShare);
    public double PreconditionShareMean => Reports.Average(r => r.PreconditionShare);
    public double Seconds => Reports.Sum(r => r.Seconds);

    public double? LoosenessMedian => ClaimReport.Median(Reports.SelectMany(r => r.Looseness).ToArray());
    public double? LoosenessWorst => Reports.Any(r => r.LoosenessWorst is not null) ? Reports.Max(r => r.LoosenessWorst ?? 0) : null;

    /// <summary>The report whose case came closest to its bound (smallest margin 1 - looseness).</summary>
    public ClaimReport? WorstLooseness => Reports.Where(r => r.LoosenessWorst is not null).MaxBy(r => r.LoosenessWorst!.Value);

    /// <summary>The first seed that went against expectation, if any.</summary>
    public ClaimReport? FirstUnexpected => Reports.FirstOrDefault(r => !r.AsExpected);

    /// <summary>Sizes of the shrunk counterexamples, one per refuting seed.</summary>
    public IReadOnlyList<InstanceSize> ShrunkSizes => Reports.Select(r => InstanceSize.Of(r.Counterexample)).OfType<InstanceSize>().ToArray();
}
