using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// What a run in exact rational arithmetic (THEORY §3) changes and needs: data and initial weights on the
/// dyadic grid 2^-<see cref="Initialisation.GridBits"/> (so the rationals stay small), the L2 attack replaced
/// by the same direction at L∞ length ε (a square root has no rational value; E1-E4 use only the direction),
/// the identity loss (the others need exp), synthetic data, and a small instance.
/// </summary>
public static class ExactArithmetic
{
    /// <summary>The field of <see cref="SpecProblem"/>s about exact arithmetic itself (not one value of the specification).</summary>
    public const string Field = "arithmetic";

    /// <summary>
    /// Largest N·m·d: the rationals' sizes grow with every step, so a few seconds at this bound become
    /// minutes well beyond it (measured: N·m·d = 20000 with 50 epochs runs in seconds).
    /// </summary>
    public const long LargestCells = 20_000;

    /// <summary>Largest epochs of f plus epochs of g, for the same reason.</summary>
    public const int LargestEpochs = 50;

    public static IEnumerable<SpecProblem> Problems(ExperimentSpec spec)
    {
        if (spec.Training.Loss != LossKind.Identity)
            yield return new(TrainingSpec.Field(nameof(TrainingSpec.Loss)),
                $"must be identity in exact arithmetic (got {spec.Training.Loss.ToString().ToLowerInvariant()}, which needs exp)");
        if (spec.Data.IsImageData)
            yield return new(Field, "works on synthetic data only (image data are not small rationals)");
        long cells = (long)spec.Data.Samples * spec.Network.Width * spec.Data.Dimension;
        if (cells > LargestCells)
            yield return new(Field, $"is for small instances: samples x width x dim must be <= {LargestCells}, got {cells}");
        long epochs = (long)spec.Training.EpochsF + spec.Training.EpochsG;
        if (epochs > LargestEpochs)
            yield return new(Field, $"is for small instances: epochs-f + epochs-g must be <= {LargestEpochs}, got {epochs}");
    }

    /// <summary>
    /// The attack an exact run uses for the requested one: L2 needs a square root, so it becomes
    /// <see cref="PerturbationNorm.ScaledLinf"/>, the same direction scaled to L∞ length ε; every other attack is exact as it is.
    /// </summary>
    public static PerturbationNorm Attack(PerturbationNorm requested) =>
        requested == PerturbationNorm.L2 ? PerturbationNorm.ScaledLinf : requested;
}
