using System.Numerics;

namespace TheoremCheck.Training;

/// <summary>Full-batch gradient descent settings (THEORY §2). Momentum β = 0 is plain GD.</summary>
public sealed record TrainingSettings<T>(T LearningRate, int Steps, T Momentum, LossKind Loss, bool TrackSpan = false)
    where T : struct, INumber<T>;
