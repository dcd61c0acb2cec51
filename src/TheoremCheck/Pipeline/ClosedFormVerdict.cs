namespace TheoremCheck.Pipeline;

/// <summary>
/// Whether a closed form of THEORY §3 reproduced the network at every test point: <see cref="Holds"/> is null
/// when a premise failed, and <see cref="FailedPremises"/> says which (a flip, the loss, the attack, the scenario).
/// </summary>
public sealed record ClosedFormVerdict(bool? Holds, IReadOnlyList<string> FailedPremises)
{
    public bool Applies => FailedPremises.Count == 0;

    public static ClosedFormVerdict NotApplicable(IReadOnlyList<string> failed) => new(null, failed);
}
