using System.Text;

namespace TheoremCheck.Claims;

/// <summary>What checking a claim found.</summary>
public sealed record ClaimReport
{
    public required Claim Claim { get; init; }
    public required CheckOutcome Outcome { get; init; }
    public required int Cases { get; init; }
    public required double PreconditionShare { get; init; }
    public required ReplaySeed Replay { get; init; }
    public required int Scale { get; init; }
    public required double Seconds { get; init; }
    public object? Counterexample { get; init; }
    public string? CounterexampleText { get; init; }
    public string? OriginalText { get; init; }
    public string? Detail { get; init; }
    public int Shrinks { get; init; }

    /// <summary>A theorem passed, or a false statement was refuted.</summary>
    public bool AsExpected => Claim.Kind == ClaimKind.Theorem ? Outcome == CheckOutcome.Passed : Outcome == CheckOutcome.Failed;

    public string ResultText => (Claim.Kind, Outcome) switch
    {
        (ClaimKind.Theorem, CheckOutcome.Passed) => "holds",
        (ClaimKind.Theorem, CheckOutcome.Failed) => "COUNTEREXAMPLE",
        (ClaimKind.FalseStatement, CheckOutcome.Failed) => "refuted (expected)",
        (ClaimKind.FalseStatement, CheckOutcome.Passed) => "NOT REFUTED",
        _ => "EXHAUSTED",
    };

    public string ReplayHint =>
        $"replay: {SuiteSettings.ReplayVariable}={Replay} dotnet test, or theoremcheck check --claim {Claim.Name} --replay {Replay}";

    public string Describe()
    {
        var s = new StringBuilder();
        s.AppendLine($"{Claim.Name} ({Claim.Section}): {ResultText}");
        s.AppendLine($"  statement:    {Claim.Statement}");
        s.AppendLine($"  precondition: {Claim.Precondition}; held in {PreconditionShare:P0} of {Cases} cases (scale {Scale}, {Seconds:F1} s)");
        if (CounterexampleText is not null)
        {
            s.AppendLine($"  shrunk counterexample ({Shrinks} shrinks): {CounterexampleText}");
            s.AppendLine($"  why: {Detail}");
            s.AppendLine($"  original: {OriginalText}");
        }
        s.AppendLine($"  {ReplayHint}");
        return s.ToString().TrimEnd();
    }
}
