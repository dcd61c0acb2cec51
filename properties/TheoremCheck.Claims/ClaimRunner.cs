using System.Collections.Concurrent;
using TheoremCheck.Numerics;

namespace TheoremCheck.Claims;

/// <summary>
/// Checks claims under several replay seeds on several threads. Every (claim, seed) check is independent and
/// deterministic, and results are stored by position, so verdicts, counterexamples and shrinks are the same with any
/// number of threads; only the seconds differ. The same thread count also evaluates the generated cases of one claim at
/// once, so a single expensive claim uses every core.
/// </summary>
public static class ClaimRunner
{
    /// <summary>Seeds <paramref name="first"/>, first + 1, ... (<paramref name="count"/> of them), with the first seed's gamma.</summary>
    public static IReadOnlyList<ReplaySeed> Seeds(ReplaySeed first, int count) =>
        Enumerable.Range(0, count).Select(k => first with { Seed = first.Seed + (ulong)k }).ToArray();

    /// <summary>Reports in claim order, and for each claim in seed order.</summary>
    public static IReadOnlyList<ClaimSeries> Run(IReadOnlyList<Claim> claims, IReadOnlyList<ReplaySeed> seeds, double scale, int threads,
        Action<ClaimReport>? finished = null)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), $"Threads must be positive, got {threads}.");
        var reports = new ClaimReport[claims.Count, seeds.Count];
        // Handed out one at a time (load-balanced), since claims differ a hundredfold in cost; the order of work
        // does not change any result. Claims and their cases share one scheduler of `threads` slots, so nesting the
        // cases' loop inside this one never runs more than `threads` evaluations at once; with several threads the
        // numeric kernels stay on their caller's thread (Parallelism.OnCallingThread).
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var work = Partitioner.Create(Enumerable.Range(0, claims.Count * seeds.Count).ToArray(), loadBalance: true);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads, TaskScheduler = scheduler }, index =>
        {
            int c = index / seeds.Count, s = index % seeds.Count;
            var settings = new SuiteSettings(scale, seeds[s]) { Threads = threads, Scheduler = scheduler };
            var report = threads == 1 ? claims[c].Check(settings) : Parallelism.OnCallingThread(() => claims[c].Check(settings));
            reports[c, s] = report;
            finished?.Invoke(report);
        });
        return Enumerable.Range(0, claims.Count)
            .Select(c => new ClaimSeries(claims[c], Enumerable.Range(0, seeds.Count).Select(s => reports[c, s]).ToArray()))
            .ToArray();
    }
}
