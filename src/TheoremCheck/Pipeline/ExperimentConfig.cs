using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>
/// One perturbation-learning experiment. The defaults are the canonical synthetic configuration of
/// THEORY §6: shifted_gauss, d = 100, m = 100, N = 1000, γ = 0, identity loss, η = 1 for both
/// trainings, 1000 + 1000 epochs of full-batch GD with momentum 0.9, ε = 0.01 (L2), scenario a.
/// </summary>
public sealed record ExperimentConfig
{
    public DataKind Data { get; init; } = DataKind.ShiftedGauss;
    public string? DataDir { get; init; }
    public int PositiveClass { get; init; } = 1;
    public int NegativeClass { get; init; } = 2;
    public int Dim { get; init; } = 100;
    public int Samples { get; init; } = 1000;
    public int TestSamples { get; init; } = 1000;
    public int Width { get; init; } = 100;
    public double Slope { get; init; } = 0;
    public LossKind Loss { get; init; } = LossKind.Identity;
    public double LrF { get; init; } = 1.0;
    public double LrG { get; init; } = 1.0;
    public int EpochsF { get; init; } = 1000;
    public int EpochsG { get; init; } = 1000;
    public double Momentum { get; init; } = 0.9;
    public double Epsilon { get; init; } = 0.01;
    public PerturbationNorm Norm { get; init; } = PerturbationNorm.L2;
    public int L0K { get; init; } = 10;
    public Scenario Scenario { get; init; } = Scenario.A;
    public InitKind Init { get; init; } = InitKind.Gaussian;
    public TargetKind Targets { get; init; } = TargetKind.Random;
    public int Seed { get; init; }
    public bool Exact { get; init; }

    /// <summary>Every problem of this configuration, as (option, message); empty when it can run.</summary>
    public IReadOnlyList<(string Option, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        void Require(bool ok, string option, string message) { if (!ok) problems.Add((option, message)); }

        Require(Dim > 0, "--dim", $"must be a positive integer, got {Dim}");
        Require(Samples > 0, "--samples", $"must be a positive integer, got {Samples}");
        Require(TestSamples > 0, "--test-samples", $"must be a positive integer, got {TestSamples}");
        Require(Width > 0, "--width", $"must be a positive integer, got {Width}");
        Require(double.IsFinite(Slope) && Slope >= 0 && Slope < 1, "--slope", $"must be in [0, 1), got {Slope}");
        Require(double.IsFinite(LrF) && LrF > 0, "--lr-f", $"must be a positive finite number, got {LrF}");
        Require(double.IsFinite(LrG) && LrG > 0, "--lr-g", $"must be a positive finite number, got {LrG}");
        Require(EpochsF >= 0, "--epochs-f", $"must be a non-negative integer, got {EpochsF}");
        Require(EpochsG >= 0, "--epochs-g", $"must be a non-negative integer, got {EpochsG}");
        Require(double.IsFinite(Momentum) && Momentum >= 0 && Momentum < 1, "--momentum", $"must be in [0, 1), got {Momentum}");
        Require(double.IsFinite(Epsilon) && Epsilon >= 0, "--epsilon", $"must be a non-negative finite number, got {Epsilon}");
        if (Norm == PerturbationNorm.L0)
            Require(L0K >= 1 && L0K <= Dim, "--l0-k", $"must be in 1..{Dim} (the dimension), got {L0K}");
        Require(Init != InitKind.Symmetric || Width % 2 == 0, "--width", $"must be even for symmetric initialisation, got {Width}");
        if (Data == DataKind.Mnist)
        {
            Require(!string.IsNullOrWhiteSpace(DataDir), "--data-dir", "is required with --data mnist");
            Require(string.IsNullOrWhiteSpace(DataDir) || Directory.Exists(DataDir), "--data-dir", $"directory '{DataDir}' does not exist");
            Require(PositiveClass != NegativeClass, "--classes", $"needs two different classes, got {PositiveClass},{NegativeClass}");
            Require(PositiveClass is >= 0 and <= 9 && NegativeClass is >= 0 and <= 9, "--classes", $"classes must be in 0..9, got {PositiveClass},{NegativeClass}");
            Require(!Exact, "--exact", "works on synthetic data only (image data are not small rationals)");
        }
        if (Data == DataKind.Orthogonal)
            Require(Samples <= Dim && TestSamples <= Dim, "--samples", $"orthogonal data needs samples and test samples <= dim = {Dim}");
        if (Exact)
        {
            Require(Loss == LossKind.Identity, "--loss", $"exact mode supports only the identity loss (got {Loss.ToString().ToLowerInvariant()}: it needs exp)");
            Require((long)Samples * Width * Dim <= 20_000, "--exact", $"is for small instances: samples x width x dim must be <= 20000, got {(long)Samples * Width * Dim}");
            Require(EpochsF + EpochsG <= 50, "--exact", $"is for small instances: epochs-f + epochs-g must be <= 50, got {EpochsF + EpochsG}");
        }
        return problems;
    }

    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new ConfigException(problems[0].Option, $"{problems[0].Option} {problems[0].Message}");
    }
}
