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
    /// <summary>False statements: the largest sizes a shrunk counterexample may have at any replay seed.</summary>
    public InstanceSize? ShrinkBound { get; init; }

    public abstract ClaimReport Check(SuiteSettings settings);

    /// <summary>The FsCheck property of this claim, for callers that drive FsCheck themselves.</summary>
    public abstract Property ToProperty(double scale);

    /// <summary>Evaluates exactly the instance printed as <paramref name="instanceText"/> (with or without its
    /// <c>Parse("...")</c> wrapper); a malformed text raises <see cref="ArgumentException"/> naming the problem.</summary>
    public abstract CaseVerdict EvaluateText(string instanceText);
}
