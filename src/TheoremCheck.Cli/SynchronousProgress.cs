namespace TheoremCheck.Cli;

/// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; posts to a thread pool).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
