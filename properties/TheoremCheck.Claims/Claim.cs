using FsCheck;

namespace TheoremCheck.Claims;

/// <summary>One named claim: name, THEORY section, statement, precondition, and how to check it.</summary>
public abstract class Claim
{
    public required string Name { get; init; }
    public required string Section { get; init; }
    public required string Statement { get; init; }
    /// <summary>The precondition whose share of cases is reported ("none" for unconditional statements).</summary>
    public required string Precondition { get; init; }
    public ClaimKind Kind { get; init; } = ClaimKind.Theorem;

    public abstract ClaimReport Check(SuiteSettings settings);

    /// <summary>The FsCheck property of this claim, for callers that drive FsCheck themselves.</summary>
    public abstract Property ToProperty(int scale);
}
