namespace TheoremCheck.Numerics;

/// <summary>
/// Runs an <see cref="IRangeOperation"/> over units 0..count-1 on <see cref="ParallelBlocks"/>, in a fixed number of
/// contiguous ranges when the work is large enough to share, on the calling thread otherwise. One instance per calling
/// thread holds the operation and a cached delegate, so a call allocates nothing.
/// </summary>
internal sealed class RangeJob<TOperation> where TOperation : struct, IRangeOperation
{
    /// <summary>Below this many elements a second thread costs more (a wake-up, a cache line handed over) than it saves.</summary>
    private const long ParallelThreshold = 1L << 15;

    [ThreadStatic] private static RangeJob<TOperation>? _perThread;

    private TOperation _operation;
    private int _count, _blocks;
    private readonly Action<int> _runBlock;

    private RangeJob() => _runBlock = RunBlock;

    /// <summary>Runs <paramref name="operation"/> over <paramref name="count"/> units of <paramref name="elementsPerUnit"/> elements each.</summary>
    public static void Run(in TOperation operation, int count, long elementsPerUnit)
    {
        int threads = Parallelism.MaxThreads;
        if (threads == 1 || count < 2 || count * elementsPerUnit < ParallelThreshold)
        {
            operation.Run(0, count);
            return;
        }
        var job = _perThread ??= new RangeJob<TOperation>();
        job._operation = operation;
        job._count = count;
        job._blocks = Math.Min(count, 4 * threads);
        ParallelBlocks.Run(job._blocks, job._runBlock);
        job._operation = default;
    }

    private void RunBlock(int block) =>
        _operation.Run((int)((long)_count * block / _blocks), (int)((long)_count * (block + 1) / _blocks));
}
