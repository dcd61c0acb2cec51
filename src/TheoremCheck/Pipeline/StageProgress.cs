namespace TheoremCheck.Pipeline;

/// <summary>Progress of a long stage: stage name, steps done, steps in the stage.</summary>
public readonly record struct StageProgress(string Stage, int Done, int Total);
