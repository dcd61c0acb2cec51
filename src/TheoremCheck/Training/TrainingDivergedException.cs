namespace TheoremCheck.Training;

/// <summary>Thrown when an output, weight or loss stops being a finite number.</summary>
public sealed class TrainingDivergedException(string message) : Exception(message);
