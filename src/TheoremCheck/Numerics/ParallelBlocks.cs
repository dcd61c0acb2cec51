namespace TheoremCheck.Numerics;

/// <summary>
/// Runs body(0..blocks-1) on the calling thread and up to <see cref="Parallelism.MaxThreads"/> - 1
/// long-lived workers that take blocks from a shared counter. Which thread runs a block may vary;
/// what a block computes does not, so results never depend on it. A call allocates nothing, and the
/// caller keeps taking blocks, so a worker that the scheduler delays costs at most the block it holds.
/// </summary>
internal static class ParallelBlocks
{
    private static readonly object Gate = new();
    private static readonly SemaphoreSlim WorkAvailable = new(0);
    private static readonly ManualResetEventSlim WorkersDone = new(false);
    private static int _workerCount;
    private static Action<int>? _body;
    private static int _blocks, _nextBlock, _activeWorkers;
    private static Exception? _failure;

    public static void Run(int blocks, Action<int> body)
    {
        int helpers = Math.Min(Parallelism.MaxThreads, blocks) - 1;
        // Another caller is using the workers (e.g. tests running side by side): run here instead.
        if (helpers <= 0 || !Monitor.TryEnter(Gate))
        {
            for (int b = 0; b < blocks; b++) body(b);
            return;
        }
        try
        {
            EnsureWorkers(helpers);
            _body = body; _blocks = blocks; _nextBlock = -1; _failure = null;
            _activeWorkers = helpers;
            WorkersDone.Reset();
            WorkAvailable.Release(helpers);
            TakeBlocks();
            WorkersDone.Wait();
            _body = null;
            if (_failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    private static void TakeBlocks()
    {
        var body = _body!;
        int b;
        while ((b = Interlocked.Increment(ref _nextBlock)) < _blocks)
        {
            try { body(b); }
            catch (Exception e) { _failure ??= e; }
        }
    }

    private static void EnsureWorkers(int count)
    {
        while (_workerCount < count)
        {
            new Thread(WorkerLoop) { IsBackground = true, Name = $"TheoremCheck worker {_workerCount + 1}" }.Start();
            _workerCount++;
        }
    }

    private static void WorkerLoop()
    {
        while (true)
        {
            WorkAvailable.Wait();
            TakeBlocks();
            if (Interlocked.Decrement(ref _activeWorkers) == 0) WorkersDone.Set();
        }
    }
}
