using TheoremCheck.Attacks;

namespace TheoremCheck.Pipeline;

/// <summary>
/// How D^adv is made (THEORY §1-§2): target labels, a perturbation of size ε in a norm (for L0 on the
/// <see cref="L0Coordinates"/> largest gradient coordinates), and whether g learns r_n alone (scenario a)
/// or x_n + r_n (scenario b).
/// </summary>
public sealed record AttackSpec
{
    public const string Section = "attack";

    public double Epsilon { get; init; } = 0.01;
    public PerturbationNorm Norm { get; init; } = PerturbationNorm.L2;
    public int L0Coordinates { get; init; } = 10;
    public TargetKind Targets { get; init; } = TargetKind.Random;
    public Scenario Scenario { get; init; } = Scenario.A;

    /// <summary>
    /// ε ≥ 0 is the one rule for ε: ε = 0 is a valid experiment (the reference sweeps start at 0; g then
    /// learns zero inputs). Claims that divide by ε (condition (b) of C2) state ε > 0 as their own premise.
    /// </summary>
    public IEnumerable<SpecProblem> Problems()
    {
        foreach (var p in SpecRules.NonNegative(Field(nameof(Epsilon)), Epsilon)) yield return p;
        if (Norm == PerturbationNorm.L0)
            foreach (var p in SpecRules.Positive(Field(nameof(L0Coordinates)), L0Coordinates)) yield return p;
    }

    /// <summary>The rule that needs the dimension d: an L0 attack changes at most d coordinates.</summary>
    public IEnumerable<SpecProblem> ProblemsInDimension(int dimension)
    {
        if (Norm == PerturbationNorm.L0 && dimension > 0 && L0Coordinates > dimension)
            yield return new(Field(nameof(L0Coordinates)), $"must be in 1..{dimension} (the dimension), got {L0Coordinates}");
    }

    public static string Field(string property) => SpecJson.Path(Section, property);
}
