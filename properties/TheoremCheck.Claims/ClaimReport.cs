using System.Globalization;
using System.Text;

namespace TheoremCheck.Claims;

/// <summary>What checking a claim under one replay seed found.</summary>
public sealed record ClaimReport
{
    public required Claim Claim { get; init; }
    public required CheckOutcome Outcome { get; init; }
    public required int Cases { get; init; }
    public required double PreconditionShare { get; init; }
    /// <summary>The seed that reproduces the result (for a counterexample, FsCheck's seed of the failing run).</summary>
    public required ReplaySeed Replay { get; init; }
    public required double Scale { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Observed error over bound, one value per generated case that reports one (not the shrink attempts).</summary>
    public IReadOnlyList<double> Looseness { get; init; } = [];
    /// <summary>The case whose observed error came closest to its bound, and its detail.</summary>
    public string? WorstLoosenessText { get; init; }
    public string? WorstLoosenessDetail { get; init; }
    public object? Counterexample { get; init; }
    public string? CounterexampleText { get; init; }
    public string? OriginalText { get; init; }
    public string? Detail { get; init; }
    public int Shrinks { get; init; }

    /// <summary>A theorem passed, or a false statement was refuted (and, when it states one, within its shrink bound).</summary>
    public bool AsExpected => Claim.Kind == ClaimKind.Theorem
        ? Outcome == CheckOutcome.Passed
        : Outcome == CheckOutcome.Failed && WithinShrinkBound;

    /// <summary>The shrunk counterexample's sizes respect the claim's stated bound (true when none is stated).</summary>
    public bool WithinShrinkBound =>
        InstanceSize.BoundFor(Claim, Counterexample) is not { } bound || (InstanceSize.Of(Counterexample) is { } size && size.Within(bound));

    public double? LoosenessMedian => Median(Looseness);
    public double? LoosenessWorst => Looseness.Count == 0 ? null : Looseness.Max();

    public string ResultText => (Claim.Kind, Outcome) switch
    {
        (ClaimKind.Theorem, CheckOutcome.Passed) => "holds",
        (ClaimKind.Theorem, CheckOutcome.Failed) => "COUNTEREXAMPLE",
        (ClaimKind.FalseStatement, CheckOutcome.Failed) when !WithinShrinkBound => "refuted, NOT SHRUNK WITHIN BOUND",
        (ClaimKind.FalseStatement, CheckOutcome.Failed) => "refuted (expected)",
        (ClaimKind.FalseStatement, CheckOutcome.Passed) => "NOT REFUTED",
        _ => "EXHAUSTED",
    };

    public string ReplayHint =>
        $"replay: {SuiteSettings.ReplayVariable}={Replay} dotnet test, or theoremcheck check --claim {Claim.Name} --replay {Replay}";

    public string InstanceHint(string instanceText) =>
        $"this instance alone: theoremcheck check --claim {Claim.Name} --instance '{instanceText}'";

    public string Describe()
    {
        var s = new StringBuilder();
        s.AppendLine($"{Claim.Name} ({Claim.Section}): {ResultText}");
        s.AppendLine($"  statement:    {Claim.Statement}");
        s.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  precondition: {Claim.Precondition}; held in {PreconditionShare:P0} of {Cases} cases (scale {Scale:G}, {Seconds:F1} s)"));
        if (LoosenessWorst is { } worst)
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  observed / bound: median {LoosenessMedian:F3}, worst {worst:F3} at {WorstLoosenessText}"));
        if (CounterexampleText is not null)
        {
            s.AppendLine($"  shrunk counterexample ({Shrinks} shrinks): {CounterexampleText}");
            if (InstanceSize.BoundFor(Claim, Counterexample) is { } bound) s.AppendLine($"  stated shrink bound: {bound}");
            s.AppendLine($"  why: {Detail}");
            s.AppendLine($"  original: {OriginalText}");
            s.AppendLine($"  {InstanceHint(CounterexampleText)}");
        }
        s.AppendLine($"  {ReplayHint}");
        return s.ToString().TrimEnd();
    }

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        int half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}
