using System.Diagnostics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// Runs the points of one shard of a sweep in plan order, skipping those already stored, and stores
/// each result as soon as its run ends, so an interrupted sweep loses at most the run in progress.
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs one specification; the default is the double-precision pipeline.</summary>
    public delegate MeasuredRun RunOne(ExperimentSpec spec, IProgress<StageProgress>? progress);

    public static MeasuredRun Pipeline(ExperimentSpec spec, IProgress<StageProgress>? progress)
    {
        var result = PerturbationLearning.Run<double>(spec, progress);
        return new MeasuredRun(result.Spec, result.Metrics);
    }

    /// <param name="finished">told of every run this call finishes, as soon as it is stored.</param>
    public static SweepOutcome Run(SweepStore store, RunOne? runOne = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancel = default, IProgress<SweepRecord>? finished = null)
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
            MeasuredRun run;
            try { run = runOne(point.Spec, inner); }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return new SweepOutcome(points.Count, skipped, ran, Interrupted: true);
            }
            var record = SweepRecord.Measured(point, run, clock.Elapsed.TotalSeconds);
            store.Save(point, record);
            ran++;
            finished?.Report(record);
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
