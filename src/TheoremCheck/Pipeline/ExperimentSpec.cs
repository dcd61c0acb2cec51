namespace TheoremCheck.Pipeline;

/// <summary>
/// One perturbation-learning experiment in the theory's terms. The defaults are the canonical synthetic
/// configuration of THEORY §6: shifted_gauss, d = 100, m = 100, N = 1000, γ = 0, identity loss, η = 1 for
/// both trainings, 1000 + 1000 epochs of full-batch GD with momentum 0.9, ε = 0.01 (L2), scenario a.
/// <para>
/// Extending: a new setting is one property on the section it belongs to (with its rule in that section's
/// <c>Problems</c>); <see cref="SpecJson"/> writes and reads it without further code, and a front end
/// exposes it with one entry in its option table.
/// </para>
/// </summary>
public sealed record ExperimentSpec
{
    public const string SeedField = "seed";

    public DataSpec Data { get; init; } = new();
    public NetworkSpec Network { get; init; } = new();
    public TrainingSpec Training { get; init; } = new();
    public AttackSpec Attack { get; init; } = new();
    /// <summary>Every random draw (data, initial weights, target labels) comes from a stream of this seed.</summary>
    public int Seed { get; init; }

    /// <summary>Every problem of the specification, section by section; empty when it can run.</summary>
    public IReadOnlyList<SpecProblem> Problems()
    {
        var problems = Data.Problems().Concat(Network.Problems()).Concat(Training.Problems()).Concat(Attack.Problems());
        // The one rule across sections needs d, known up front for synthetic data (image data: once loaded, see PerturbationLearning.Run).
        if (!Data.IsImageData) problems = problems.Concat(Attack.ProblemsInDimension(Data.Dimension));
        return problems.ToList();
    }

    public void Validate() => SpecException.ThrowIfAny(Problems());
}
