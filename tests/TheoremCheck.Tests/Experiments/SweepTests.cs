using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public class SweepPlanTests
{
    [Fact]
    public void Points_run_value_by_value_with_consecutive_seeds()
    {
        var plan = SweepPlan.Create("width", "10,30", 3, new ExperimentConfig { Seed = 5 });
        Assert.Equal("width", plan.Parameter);
        Assert.Equal([5, 6, 7], plan.Seeds);
        Assert.Equal(6, plan.Points.Count);
        Assert.Equal(("30", 1, 6), (plan.Points[4].Value, plan.Points[4].ValueIndex, plan.Points[4].Seed));
        var config = plan.ConfigFor(plan.Points[4]);
        Assert.Equal(30, config.Width);
        Assert.Equal(6, config.Seed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_partition_the_points(int count)
    {
        var plan = SweepPlan.Create("dim", "5,10,20,40", 3, new ExperimentConfig());
        var owners = plan.Points.Select(p => Enumerable.Range(1, count).Where(k => new Shard(k, count).Contains(p)).ToList()).ToList();
        Assert.All(owners, o => Assert.Single(o));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1")]
    [InlineData("")]
    public void Bad_shards_name_the_option(string text) =>
        Assert.Equal("--shard", Assert.Throws<ConfigException>(() => Shard.Parse(text)).Option);

    [Theory]
    [InlineData("nonsense", "1,2", 1, "--param")]
    [InlineData("", "1,2", 1, "--param")]
    [InlineData("width", "", 1, "--values")]
    [InlineData("width", "10,,20", 1, "--values")]
    [InlineData("width", "10,10", 1, "--values")]
    [InlineData("width", "10,abc", 1, "--width")]
    [InlineData("width", "10,-3", 1, "--width")]
    [InlineData("width", "10", 0, "--seeds")]
    [InlineData("seed", "1,2", 2, "--seeds")]
    public void Bad_plans_name_the_option(string parameter, string values, int seeds, string option) =>
        Assert.Equal(option, Assert.Throws<ConfigException>(() => SweepPlan.Create(parameter, values, seeds, new ExperimentConfig())).Option);

    [Fact]
    public void Values_with_commas_are_separated_by_semicolons()
    {
        var plan = SweepPlan.Create("classes", "1,2;3,8", 1, new ExperimentConfig());
        Assert.Equal(["1,2", "3,8"], plan.Values);
        Assert.Equal(3, plan.ConfigFor(plan.Points[1]).PositiveClass);
    }

    [Fact]
    public void Fingerprint_follows_the_plan_but_not_the_base_value_of_the_swept_option()
    {
        var a = SweepPlan.Create("width", "10,30", 2, new ExperimentConfig());
        Assert.Equal(a.Fingerprint, SweepPlan.Create("width", "10,30", 2, new ExperimentConfig { Width = 77 }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create("width", "10,30", 3, new ExperimentConfig()).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create("width", "10,31", 2, new ExperimentConfig()).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create("width", "10,30", 2, new ExperimentConfig { Dim = 50 }).Fingerprint);
    }
}

public class SweepAggregationTests
{
    private static SweepRecord Record(int valueIndex, int seed, double acc) =>
        new(valueIndex, $"v{valueIndex}", seed, new RunMetrics(acc, acc / 2, 1 - acc, 0.5, 0, 0.25, 0), 1);

    [Fact]
    public void Rows_hold_mean_sample_std_min_max_per_value()
    {
        var rows = SweepMetrics.Aggregate([Record(0, 0, 0.5), Record(0, 1, 0.7), Record(0, 2, 0.9), Record(1, 0, 0.4)]);
        Assert.Equal(2, rows.Count);
        var accF = rows[0]["acc_f"];
        Assert.Equal(0.7, accF.Mean, 12);
        Assert.Equal(0.2, accF.Std, 12); // sqrt((0.04 + 0 + 0.04) / 2)
        Assert.Equal(0.5, accF.Min);
        Assert.Equal(0.9, accF.Max);
        Assert.Equal(0.35, rows[0]["acc_g"].Mean, 12);
        Assert.Equal(0, rows[1]["agreement"].Std);
        Assert.Equal([0, 1, 2], rows[0].Seeds);
    }

    [Fact]
    public void Aggregation_does_not_depend_on_the_order_runs_finished_in()
    {
        var rng = new Random(7);
        var records = Enumerable.Range(0, 30).Select(i => Record(i % 3, i / 3, rng.NextDouble())).ToList();
        var sorted = SweepMetrics.Aggregate(records);
        var shuffled = SweepMetrics.Aggregate(records.OrderBy(_ => rng.Next()).ToList());
        for (int r = 0; r < sorted.Count; r++)
            Assert.Equal(sorted[r].Metrics, shuffled[r].Metrics); // records compare bit for bit
    }
}

public sealed class SweepResumeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "theoremcheck-tests", Guid.NewGuid().ToString("N"));
    public void Dispose() { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); }

    private static RunMetrics FakeMetrics(ExperimentConfig config) =>
        new(config.Width / 1000.0, config.Seed / 10.0, 0.5, 0.9, 0.1, 0.2, 0);

    [Fact]
    public void An_interrupted_sweep_resumes_where_it_stopped_and_runs_each_point_once()
    {
        var plan = SweepPlan.Create("width", "10,20,30", 2, new ExperimentConfig());
        var ran = new List<(int Width, int Seed)>();
        using var cancel = new CancellationTokenSource();
        var store = SweepStore.Open(_dir, plan, Shard.Whole, resume: false);
        var first = SweepRunner.Run(store, (config, progress) =>
        {
            ran.Add((config.Width, config.Seed));
            if (ran.Count == 3) cancel.Cancel(); // Ctrl-C during the third run, which still finishes
            return FakeMetrics(config);
        }, cancel: cancel.Token);
        Assert.True(first.Interrupted);
        Assert.Equal(3, first.Ran);
        Assert.Equal(3, store.LoadRecords().Count);

        Assert.Equal("--out", Assert.Throws<ConfigException>(() => SweepStore.Open(_dir, plan, Shard.Whole, resume: false)).Option);
        var resumed = SweepStore.Open(_dir, plan, Shard.Whole, resume: true);
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
        var store = SweepStore.Open(_dir, plan, Shard.Whole, resume: false);
        var outcome = SweepRunner.Run(store, (config, progress) =>
        {
            if (config.Width == 20) { cancel.Cancel(); progress!.Report(new StageProgress("standard learning", 1, 10)); }
            return FakeMetrics(config);
        }, cancel: cancel.Token);
        Assert.True(outcome.Interrupted);
        Assert.Equal(1, outcome.Ran);
        Assert.Single(store.LoadRecords());
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Resume_refuses_a_directory_of_another_sweep_or_none()
    {
        var plan = SweepPlan.Create("width", "10,20", 1, new ExperimentConfig());
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(_dir, plan, Shard.Whole, resume: true)).Option);
        SweepStore.Open(_dir, plan, Shard.Whole, resume: false);
        var other = SweepPlan.Create("width", "10,40", 1, new ExperimentConfig());
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(_dir, other, Shard.Whole, resume: true)).Option);
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(_dir, plan, new Shard(1, 2), resume: true)).Option);
    }

    [Fact]
    public void A_stored_sweep_restores_the_same_plan()
    {
        var plan = SweepPlan.Create("epsilon", "0.01,0.1", 2, new ExperimentConfig { Dim = 7, Seed = 4, Data = Data.DataKind.Gauss });
        SweepStore.Open(_dir, plan, new Shard(2, 3), resume: false);
        var loaded = SweepStore.Load(_dir);
        Assert.Equal(plan.Fingerprint, loaded.Plan.Fingerprint);
        Assert.Equal(new Shard(2, 3), loaded.Shard);
        Assert.Equal(plan.Points, loaded.Plan.Points);
    }

    [Fact]
    public void Atomic_writes_replace_whole_files_and_leave_no_temporaries()
    {
        string path = Path.Combine(_dir, "sub", "x.json");
        AtomicFile.WriteAllText(path, "{\"a\": 1}");
        AtomicFile.WriteAllText(path, "{\"a\": 2}");
        Assert.Equal("{\"a\": 2}", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.Combine(_dir, "sub"), "*", SearchOption.AllDirectories));
    }
}
