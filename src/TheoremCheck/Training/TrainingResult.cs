using System.Numerics;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Training;

/// <summary>What training did besides moving the weights.</summary>
public sealed class TrainingResult<T> where T : struct, INumber<T>
{
    public required TwoLayerNetwork<T> Network { get; init; }
    /// <summary>Share of (neuron, training point) patterns that differ at the end from initialisation.</summary>
    public required double FlippedShare { get; init; }
    /// <summary>Number of (neuron, point) patterns, training and monitored points, that differed at some step.</summary>
    public required int EverFlipped { get; init; }
    /// <summary>E1: w_i(t) - w_i(0) = Σ_n α[i, n] x_n; null unless tracking was asked for.</summary>
    public Matrix<T>? SpanCoefficients { get; init; }
    /// <summary>Training time t = η Σ_{s=1..S} (1 - β^s)/(1 - β) (THEORY §3 E3, heavy ball).</summary>
    public required T TrainingTime { get; init; }
}
