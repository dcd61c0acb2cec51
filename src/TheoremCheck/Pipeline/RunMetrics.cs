namespace TheoremCheck.Pipeline;

/// <summary>The measured quantities of THEORY §2, names as in the reference code.</summary>
public sealed record RunMetrics(
    double AccF, double AccG, double Agreement, double CosSim, double FlippedF, double FlippedG, int ZeroGradients);
