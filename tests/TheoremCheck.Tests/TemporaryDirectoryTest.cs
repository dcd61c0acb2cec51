namespace TheoremCheck.Tests;

/// <summary>A test class whose every test gets a fresh temporary directory, deleted when the test ends.</summary>
public abstract class TemporaryDirectoryTest : IDisposable
{
    protected string TempDir { get; } = Path.Combine(Path.GetTempPath(), "theoremcheck-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(TempDir)) Directory.Delete(TempDir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
