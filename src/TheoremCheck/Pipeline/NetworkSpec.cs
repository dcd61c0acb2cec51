using TheoremCheck.Networks;

namespace TheoremCheck.Pipeline;

/// <summary>The two-layer network of THEORY §2: width m, leaky-ReLU slope γ, and how it is initialised.</summary>
public sealed record NetworkSpec
{
    public const string Section = "network";

    public int Width { get; init; } = 100;
    public double Slope { get; init; }
    public InitKind Init { get; init; } = InitKind.Gaussian;

    public IEnumerable<SpecProblem> Problems()
    {
        foreach (var p in SpecRules.Positive(Field(nameof(Width)), Width)) yield return p;
        foreach (var p in SpecRules.UnitInterval(Field(nameof(Slope)), Slope)) yield return p;
        if (Init == InitKind.Symmetric && Width > 0 && Width % 2 != 0)
            yield return new(Field(nameof(Width)), $"must be even for symmetric initialisation (neurons come in pairs), got {Width}");
    }

    public static string Field(string property) => SpecJson.Path(Section, property);
}
