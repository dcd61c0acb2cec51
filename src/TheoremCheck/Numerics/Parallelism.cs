namespace TheoremCheck.Numerics;

/// <summary>
/// How many threads the double kernels may use. Every output element is computed by exactly one
/// thread in a fixed order, so the setting changes the speed, never the bits.
/// <c>THEOREMCHECK_THREADS=1</c> (or <see cref="MaxThreads"/> = 1) forces one thread.
/// </summary>
public static class Parallelism
{
    public const string EnvironmentVariable = "THEOREMCHECK_THREADS";

    private static int _maxThreads = FromEnvironment();

    public static int MaxThreads
    {
        get => _maxThreads;
        set
        {
            if (value < 1) throw new ArgumentOutOfRangeException(nameof(value), $"Thread count must be at least 1, got {value}.");
            _maxThreads = value;
        }
    }

    private static int FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(text)) return Environment.ProcessorCount;
        if (!int.TryParse(text, out int threads) || threads < 1)
            throw new InvalidOperationException($"{EnvironmentVariable} must be a positive integer, got '{text}'.");
        return threads;
    }
}
