using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Runs body(0..blocks-1) on the calling thread and up to <see cref="Parallelism.MaxThreads"/> - 1 long-lived
/// workers that claim blocks from a shared counter. Which thread runs a block may vary; what a block computes
/// does not, so results never depend on it. A call allocates nothing.
/// </summary>
/// <remarks>
/// Written by hand rather than with <c>Parallel.For</c> because a training step runs several short regions
/// (tens of microseconds each) and on a shared machine a worker that is not on a core must not hold the
/// caller up: the caller claims blocks itself and then waits only for blocks a worker has actually claimed,
/// never for a worker to wake. The claim word packs the region's generation, its block count and the next
/// block, so a worker that wakes late can never claim a block of a region it has not read. Workers spin
/// briefly between regions (the gap inside a training step is shorter than a thread wake-up) and then sleep.
/// </remarks>
internal static class ParallelBlocks
{
    private const int BlockBits = 20;
    private const long BlockMask = (1L << BlockBits) - 1;
    /// <summary>The generation takes the top 24 bits of the claim word and wraps around.</summary>
    private const int GenerationMask = (1 << 24) - 1;
    /// <summary>How long an idle worker keeps polling before it sleeps: longer than the serial part of a training step.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 5000;

    private static int _busy;
    private static Worker[] _workers = [];
    private static Action<int>? _body;
    private static long _claim;
    private static int _completed, _generation, _helpers;
    private static Exception? _failure;

    public static void Run(int blocks, Action<int> body)
    {
        if (blocks > BlockMask) throw new ArgumentOutOfRangeException(nameof(blocks), $"At most {BlockMask} blocks, got {blocks}.");
        int helpers = Math.Min(Parallelism.MaxThreads, blocks) - 1;
        // Another caller is using the workers (tests running side by side, or a body that runs a region itself): run here instead.
        if (helpers <= 0 || Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            for (int b = 0; b < blocks; b++) body(b);
            return;
        }
        try
        {
            EnsureWorkers(helpers);
            _body = body; _failure = null; _completed = 0; _helpers = helpers;
            _generation = (_generation + 1) & GenerationMask;
            // Publishing the claim word releases the fields above to any worker that reads it.
            Volatile.Write(ref _claim, Word(_generation, blocks, 0));
            for (int i = 0; i < helpers; i++) _workers[i].Wake();
            TakeBlocks(_generation);
            var spin = new SpinWait();
            while (Volatile.Read(ref _completed) < blocks) spin.SpinOnce(sleep1Threshold: -1);
            _body = null;
            if (_failure is { } failure) ExceptionDispatchInfo.Capture(failure).Throw();
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    internal static long Word(int generation, int blocks, int next) => (long)generation << (2 * BlockBits) | (long)blocks << BlockBits | (uint)next;

    /// <summary>Unsigned shift: a generation of 2^23 or more sets the word's sign bit.</summary>
    internal static int GenerationOf(long word) => (int)((ulong)word >> (2 * BlockBits));

    /// <summary>Sets the generation counter, so a test can cross the sign bit and the wrap-around of the claim word.</summary>
    internal static void SetGeneration(int generation)
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0) throw new InvalidOperationException("A region is running.");
        _generation = generation & GenerationMask;
        Volatile.Write(ref _busy, 0);
    }

    /// <summary>Claims and runs blocks of <paramref name="generation"/> until none is left.</summary>
    private static void TakeBlocks(int generation)
    {
        while (true)
        {
            long word = Volatile.Read(ref _claim);
            int blocks = (int)(word >> BlockBits & BlockMask), next = (int)(word & BlockMask);
            if (GenerationOf(word) != generation || next >= blocks) return;
            if (Interlocked.CompareExchange(ref _claim, word + 1, word) != word) continue;
            // A claimed block keeps the caller waiting, so the region (and its body) cannot change before it completes.
            try { _body!(next); }
            catch (Exception e) { Interlocked.CompareExchange(ref _failure, e, null); }
            Interlocked.Increment(ref _completed);
        }
    }

    private static void EnsureWorkers(int count)
    {
        if (_workers.Length >= count) return;
        var grown = new Worker[count];
        _workers.CopyTo(grown, 0);
        for (int i = _workers.Length; i < count; i++) grown[i] = new Worker(i);
        _workers = grown;
    }

    private sealed class Worker
    {
        private readonly int _index;
        private readonly SemaphoreSlim _signal = new(0);
        private int _sleeping;

        public Worker(int index)
        {
            _index = index;
            new Thread(Loop) { IsBackground = true, Name = $"TheoremCheck worker {index + 1}" }.Start();
        }

        public void Wake()
        {
            if (Interlocked.Exchange(ref _sleeping, 0) == 1) _signal.Release();
        }

        private void Loop()
        {
            int seen = GenerationOf(Volatile.Read(ref _claim));
            while (true)
            {
                int generation = WaitForRegion(seen);
                seen = generation;
                if (_index < Volatile.Read(ref _helpers)) TakeBlocks(generation);
            }
        }

        /// <summary>Polls for a generation other than <paramref name="seen"/> for <see cref="SpinTicks"/>, then sleeps until woken.</summary>
        private int WaitForRegion(int seen)
        {
            while (true)
            {
                long start = Stopwatch.GetTimestamp();
                do
                {
                    int generation = GenerationOf(Volatile.Read(ref _claim));
                    if (generation != seen) return generation;
                    Thread.SpinWait(16);
                } while (Stopwatch.GetTimestamp() - start < SpinTicks);
                Interlocked.Exchange(ref _sleeping, 1);
                // A region published between the last poll and the flag would otherwise wait for the next Wake.
                if (GenerationOf(Volatile.Read(ref _claim)) != seen) { Interlocked.Exchange(ref _sleeping, 0); continue; }
                _signal.Wait();
            }
        }
    }
}
