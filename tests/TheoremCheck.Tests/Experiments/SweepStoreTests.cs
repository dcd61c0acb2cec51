using System.Text.Json.Nodes;
using TheoremCheck.Data;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public sealed class SweepStoreTests : TemporaryDirectoryTest
{
    [Fact]
    public void A_directory_serves_one_sweep_and_one_part()
    {
        var plan = SweepPlan.Create(SweepPlanTests.Width, ["10", "20"], 1, new ExperimentSpec());
        SweepDirectoryProblem Problem(Action open) => Assert.Throws<SweepDirectoryException>(open).Problem;
        Assert.Equal(SweepDirectoryProblem.NothingToResume, Problem(() => SweepStore.Open(TempDir, plan, Shard.Whole, resume: true)));
        SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        Assert.Equal(SweepDirectoryProblem.AlreadyHoldsSweep, Problem(() => SweepStore.Open(TempDir, plan, Shard.Whole, resume: false)));
        var other = SweepPlan.Create(SweepPlanTests.Width, ["10", "40"], 1, new ExperimentSpec());
        Assert.Equal(SweepDirectoryProblem.DifferentPlan, Problem(() => SweepStore.Open(TempDir, other, Shard.Whole, resume: true)));
        Assert.Equal(SweepDirectoryProblem.DifferentShard, Problem(() => SweepStore.Open(TempDir, plan, new Shard(1, 2), resume: true)));
        Assert.Equal(plan.Fingerprint, SweepStore.Open(TempDir, plan, Shard.Whole, resume: true).Plan.Fingerprint);
        Assert.Equal(SweepDirectoryProblem.NotASweep, Problem(() => SweepStore.Load(Path.Combine(TempDir, "elsewhere"))));
    }

    [Fact]
    public void A_stored_sweep_restores_the_same_plan_and_records()
    {
        var plan = SweepPlan.Create(SweepPlanTests.Epsilon, ["0.01", "0.1"], 2, new ExperimentSpec { Data = new DataSpec { Dimension = 7, Kind = DataKind.Gauss }, Seed = 4 });
        var store = SweepStore.Open(TempDir, plan, new Shard(2, 3), resume: false, new JsonObject { ["command"] = "test" });
        var metrics = new RunMetrics(new(3, 4), new(2, 4), new(1, 2), 0.5, 0.25, 0.125, 1, 2, 0, 0.5);
        var effective = plan.Points[1].Spec with { Data = plan.Points[1].Spec.Data with { Samples = 99 } };
        store.Save(plan.Points[1], SweepRecord.Measured(plan.Points[1], new MeasuredRun(effective, metrics), 1.5));

        var loaded = SweepStore.Load(TempDir);
        Assert.Equal(plan.Fingerprint, loaded.Plan.Fingerprint);
        Assert.Equal(new Shard(2, 3), loaded.Shard);
        Assert.Equal(plan.Points, loaded.Plan.Points);
        Assert.Equal(plan.Base, loaded.Plan.Base);
        var record = Assert.Single(loaded.LoadRecords());
        Assert.Equal(MetricColumns.Values(metrics), record.Values);
        Assert.Equal(effective, record.Spec);
        Assert.Equal(1.5, record.Seconds);
        Assert.Equal("test", (string?)JsonNode.Parse(File.ReadAllText(store.ManifestPath))!["provenance"]!["command"]);
        Assert.EndsWith(Path.Combine("runs", "000-seed5.json"), store.RunPath(plan.Points[1]));
    }

    [Fact]
    public void A_run_file_without_a_column_is_refused()
    {
        var plan = SweepPlan.Create(SweepPlanTests.Width, ["10"], 1, new ExperimentSpec());
        var store = SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var metrics = new RunMetrics(new(1, 1), new(1, 1), new(1, 1), 1, 0, 0, 0, 0, 0, 0);
        store.Save(plan.Points[0], SweepRecord.Measured(plan.Points[0], new MeasuredRun(plan.Points[0].Spec, metrics), 1));
        var node = JsonNode.Parse(File.ReadAllText(store.RunPath(plan.Points[0])))!.AsObject();
        node.Remove("cossim");
        File.WriteAllText(store.RunPath(plan.Points[0]), node.ToJsonString());
        Assert.Contains("'cossim'", Assert.Throws<InvalidDataException>(() => store.LoadRecords()).Message);
    }
}
