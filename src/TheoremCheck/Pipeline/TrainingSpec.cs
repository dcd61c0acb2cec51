using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The two trainings of THEORY §1-§2: full-batch gradient descent with heavy-ball momentum β (0 = plain GD)
/// on the loss ℓ, with its own step η and epoch count for f (standard learning) and g (perturbation learning).
/// </summary>
public sealed record TrainingSpec
{
    public const string Section = "training";

    public LossKind Loss { get; init; } = LossKind.Identity;
    public double Momentum { get; init; } = 0.9;
    public double LearningRateF { get; init; } = 1.0;
    public double LearningRateG { get; init; } = 1.0;
    public int EpochsF { get; init; } = 1000;
    public int EpochsG { get; init; } = 1000;

    public IEnumerable<SpecProblem> Problems()
    {
        foreach (var p in SpecRules.UnitInterval(Field(nameof(Momentum)), Momentum)) yield return p;
        foreach (var p in SpecRules.Positive(Field(nameof(LearningRateF)), LearningRateF)) yield return p;
        foreach (var p in SpecRules.Positive(Field(nameof(LearningRateG)), LearningRateG)) yield return p;
        foreach (var p in SpecRules.NonNegative(Field(nameof(EpochsF)), EpochsF)) yield return p;
        foreach (var p in SpecRules.NonNegative(Field(nameof(EpochsG)), EpochsG)) yield return p;
    }

    public static string Field(string property) => SpecJson.Path(Section, property);
}
