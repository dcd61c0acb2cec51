using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Pipeline;

/// <summary>Everything the three stages of THEORY §1 produce, in the run's number type.</summary>
public sealed class PerturbationLearningRun<T> where T : struct, INumber<T>
{
    public required Matrix<T> Inputs { get; init; }
    public required int[] Labels { get; init; }
    public required Matrix<T> TestInputs { get; init; }
    public required TwoLayerNetwork<T> InitialF { get; init; }
    public required TrainingResult<T> F { get; init; }
    /// <summary>u_n = ∇_x f(x_n) after standard learning.</summary>
    public required Matrix<T> Gradients { get; init; }
    public required int[] Targets { get; init; }
    /// <summary>The attack used (the configuration's norm).</summary>
    public required PerturbationNorm Norm { get; init; }
    /// <summary>r_n.</summary>
    public required Matrix<T> Perturbations { get; init; }
    /// <summary>The inputs g trains on: r_n (scenario a) or x_n + r_n (scenario b).</summary>
    public required Matrix<T> AdversarialInputs { get; init; }
    public required TwoLayerNetwork<T> InitialG { get; init; }
    public required TrainingResult<T> G { get; init; }
    /// <summary>Number of samples whose input gradient was zero (their perturbation is zero).</summary>
    public required int ZeroGradients { get; init; }
    public required IReadOnlyDictionary<string, double> StageSeconds { get; init; }
}
