using TheoremCheck.Cli;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public sealed class SweepRunnerTests : TemporaryDirectoryTest
{
    private static MeasuredRun Fake(ExperimentSpec spec) =>
        new(spec, new RunMetrics(new(spec.Network.Width, 1000), new(spec.Seed, 10), new(1, 2), 0.9, 0.1, 0.2, 0, 0, 0, 0));

    [Fact]
    public void An_interrupted_sweep_resumes_where_it_stopped_and_runs_each_point_once()
    {
        var plan = SweepPlan.Create(SweepPlanTests.Width, ["10", "20", "30"], 2, new ExperimentSpec());
        var ran = new List<(int Width, int Seed)>();
        using var cancel = new CancellationTokenSource();
        var store = SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var finished = new List<SweepRecord>();
        var first = SweepRunner.Run(store, (spec, progress) =>
        {
            ran.Add((spec.Network.Width, spec.Seed));
            if (ran.Count == 3) cancel.Cancel(); // Ctrl-C during the third run, which still finishes
            return Fake(spec);
        }, cancel: cancel.Token, finished: new SynchronousProgress<SweepRecord>(finished.Add));
        Assert.True(first.Interrupted);
        Assert.Equal(3, first.Ran);
        Assert.Equal(3, store.LoadRecords().Count);
        Assert.Equal(store.LoadRecords().Select(r => r.Values), finished.Select(r => r.Values));

        var resumed = SweepStore.Open(TempDir, plan, Shard.Whole, resume: true);
        var second = SweepRunner.Run(resumed, (spec, progress) => { ran.Add((spec.Network.Width, spec.Seed)); return Fake(spec); });
        Assert.False(second.Interrupted);
        Assert.Equal((6, 3, 3), (second.PointsInShard, second.Skipped, second.Ran));
        Assert.Equal(plan.Points.Select(p => (int.Parse(p.Value), p.Seed)), ran);
        var records = resumed.LoadRecords();
        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.Equal(MetricColumns.Values(Fake(plan.Points.Single(p => p.ValueIndex == r.ValueIndex && p.Seed == r.Seed).Spec).Metrics), r.Values));
    }

    [Fact]
    public void A_run_cancelled_midway_is_not_stored()
    {
        var plan = SweepPlan.Create(SweepPlanTests.Width, ["10", "20"], 1, new ExperimentSpec());
        using var cancel = new CancellationTokenSource();
        var store = SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var outcome = SweepRunner.Run(store, (spec, progress) =>
        {
            if (spec.Network.Width == 20) { cancel.Cancel(); progress!.Report(new StageProgress("standard learning", 1, 10)); }
            return Fake(spec);
        }, cancel: cancel.Token);
        Assert.True(outcome.Interrupted);
        Assert.Equal(1, outcome.Ran);
        Assert.Single(store.LoadRecords());
        Assert.Empty(Directory.GetFiles(TempDir, "*.tmp", SearchOption.AllDirectories));
    }
}
