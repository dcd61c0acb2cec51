namespace TheoremCheck.Numerics;

/// <summary>
/// How many threads the double kernels may use. Every output element is computed by exactly one
/// thread in a fixed order, so the setting changes the speed, never the bits.
/// <c>THEOREMCHECK_THREADS=1</c> (or <see cref="MaxThreads"/> = 1) forces one thread.
/// </summary>
public static class Parallelism
{
    public const string EnvironmentVariable = "THEOREMCHECK_THREADS";

    private static int _maxThreads;
    [ThreadStatic] private static bool _callingThreadOnly;

    /// <summary>The thread count: 1 inside <see cref="OnCallingThread{T}"/>; else <see cref="EnvironmentVariable"/> when set (read on
    /// first use, so a bad value fails there with a message naming it), else the processor count.</summary>
    public static int MaxThreads
    {
        get => _callingThreadOnly ? 1 : _maxThreads > 0 ? _maxThreads : _maxThreads = FromEnvironment();
        set
        {
            if (value < 1) throw new ArgumentOutOfRangeException(nameof(value), $"Thread count must be at least 1, got {value}.");
            _maxThreads = value;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with every kernel it calls on this thread alone, for callers that already keep each
    /// core busy with work of their own (the claims and cases that <c>check</c> evaluates side by side): kernels splitting
    /// their work as well would put more threads than cores to work and make them wait for one another.
    /// </summary>
    public static T OnCallingThread<T>(Func<T> work)
    {
        bool saved = _callingThreadOnly;
        _callingThreadOnly = true;
        try { return work(); }
        finally { _callingThreadOnly = saved; }
    }

    private static int FromEnvironment() => FromSetting(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The thread count a value of <see cref="EnvironmentVariable"/> selects: the processor count when blank; a clear error when not a positive integer.</summary>
    internal static int FromSetting(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Environment.ProcessorCount;
        if (!int.TryParse(text, out int threads) || threads < 1)
            throw new InvalidOperationException($"{EnvironmentVariable} must be a positive integer, got '{text}'.");
        return threads;
    }
}
