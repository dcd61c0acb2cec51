using System.Diagnostics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// Runs the points of one shard of a sweep in plan order, skipping those already stored, and stores
/// each result as soon as its run ends, so an interrupted sweep loses at most the run in progress.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs one configuration; the default is the double-precision pipeline.</summary>
    public delegate RunMetrics RunOne(ExperimentConfig config, IProgress<StageProgress>? progress);

    public static RunMetrics Pipeline(ExperimentConfig config, IProgress<StageProgress>? progress) =>
        PerturbationLearning.Run(config, progress).Metrics;

    public static SweepOutcome Run(SweepStore store, RunOne? runOne = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancel = default)
    {
        runOne ??= Pipeline;
        var points = store.Plan.Points.Where(store.Shard.Contains).ToList();
        int skipped = 0, ran = 0;
        // The progress of a single run also carries the cancellation: the pipeline reports every
        // training step, so Ctrl-C stops a long run within one step instead of at its end.
        var inner = new CancellingProgress(progress, cancel);
        foreach (var point in points)
        {
            if (store.IsDone(point)) { skipped++; continue; }
            progress?.Report(new StageProgress("sweep", skipped + ran, points.Count));
            if (cancel.IsCancellationRequested) return new SweepOutcome(points.Count, skipped, ran, Interrupted: true);
            var clock = Stopwatch.StartNew();
            RunMetrics metrics;
            try { metrics = runOne(store.Plan.ConfigFor(point), inner); }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return new SweepOutcome(points.Count, skipped, ran, Interrupted: true);
            }
            store.Save(point, new SweepRecord(point.ValueIndex, point.Value, point.Seed, metrics, clock.Elapsed.TotalSeconds));
            ran++;
        }
        progress?.Report(new StageProgress("sweep", points.Count, points.Count));
        return new SweepOutcome(points.Count, skipped, ran, Interrupted: false);
    }

    private sealed class CancellingProgress(IProgress<StageProgress>? outer, CancellationToken cancel) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            cancel.ThrowIfCancellationRequested();
            outer?.Report(value);
        }
    }
}
