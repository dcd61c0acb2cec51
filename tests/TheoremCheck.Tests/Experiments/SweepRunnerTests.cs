using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public sealed class SweepRunnerTests : TemporaryDirectoryTest
{
    private static RunMetrics FakeMetrics(ExperimentConfig config) =>
        new(config.Width / 1000.0, config.Seed / 10.0, 0.5, 0.9, 0.1, 0.2, 0);

    [Fact]
    public void An_interrupted_sweep_resumes_where_it_stopped_and_runs_each_point_once()
    {
        var plan = SweepPlan.Create("width", "10,20,30", 2, new ExperimentConfig());
        var ran = new List<(int Width, int Seed)>();
        using var cancel = new CancellationTokenSource();
        var store = SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var first = SweepRunner.Run(store, (config, progress) =>
        {
            ran.Add((config.Width, config.Seed));
            if (ran.Count == 3) cancel.Cancel(); // Ctrl-C during the third run, which still finishes
            return FakeMetrics(config);
        }, cancel: cancel.Token);
        Assert.True(first.Interrupted);
        Assert.Equal(3, first.Ran);
        Assert.Equal(3, store.LoadRecords().Count);

        Assert.Equal("--out", Assert.Throws<ConfigException>(() => SweepStore.Open(TempDir, plan, Shard.Whole, resume: false)).Option);
        var resumed = SweepStore.Open(TempDir, plan, Shard.Whole, resume: true);
        var second = SweepRunner.Run(resumed, (config, progress) => { ran.Add((config.Width, config.Seed)); return FakeMetrics(config); });
        Assert.False(second.Interrupted);
        Assert.Equal((6, 3, 3), (second.PointsInShard, second.Skipped, second.Ran));
        Assert.Equal(plan.Points.Select(p => (int.Parse(p.Value), p.Seed)), ran);
        var records = resumed.LoadRecords();
        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.Equal(FakeMetrics(plan.ConfigFor(plan.Points.Single(p => p.ValueIndex == r.ValueIndex && p.Seed == r.Seed))), r.Metrics));
    }

    [Fact]
    public void A_run_cancelled_midway_is_not_stored()
    {
        var plan = SweepPlan.Create("width", "10,20", 1, new ExperimentConfig());
        using var cancel = new CancellationTokenSource();
        var store = SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var outcome = SweepRunner.Run(store, (config, progress) =>
        {
            if (config.Width == 20) { cancel.Cancel(); progress!.Report(new StageProgress("standard learning", 1, 10)); }
            return FakeMetrics(config);
        }, cancel: cancel.Token);
        Assert.True(outcome.Interrupted);
        Assert.Equal(1, outcome.Ran);
        Assert.Single(store.LoadRecords());
        Assert.Empty(Directory.GetFiles(TempDir, "*.tmp", SearchOption.AllDirectories));
    }
}
