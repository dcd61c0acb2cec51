namespace TheoremCheck.Experiments;

/// <summary>A sweep directory that cannot be used as asked; <see cref="Problem"/> says why, the message says where.</summary>
public sealed class SweepDirectoryException(SweepDirectoryProblem problem, string directory, string message) : Exception(message)
{
    public SweepDirectoryProblem Problem { get; } = problem;
    public string Directory { get; } = directory;
}
