namespace TheoremCheck.Claims;

/// <summary>The ranges one wide claim draws from; each maximum is multiplied by the scale (never below its minimum).</summary>
public sealed record WideRanges(
    int MinDim, int MaxDim, int MinSamples, int MaxSamples, int MinWidth, int MaxWidth, int MinSteps, int MaxSteps,
    int TestPoints, double[] LearningRates, double[] Epsilons, double[] Slopes)
{
    /// <summary>Steps of g; by default those of f.</summary>
    public int MinStepsG { get; init; } = -1;
    public int MaxStepsG { get; init; } = -1;

    public (int Min, int Max) StepsG => MinStepsG < 0 ? (MinSteps, MaxSteps) : (MinStepsG, MaxStepsG);

    /// <summary>A width below which an instance is not generated nor shrunk (for a bound that must decide something there).</summary>
    public Func<WideInstance, int>? WidthFloor { get; init; }
}
