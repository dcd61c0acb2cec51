using TheoremCheck.Data;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public sealed class SweepStoreTests : TemporaryDirectoryTest
{
    [Fact]
    public void Resume_refuses_a_directory_of_another_sweep_or_none()
    {
        var plan = SweepPlan.Create("width", "10,20", 1, new ExperimentConfig());
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(TempDir, plan, Shard.Whole, resume: true)).Option);
        SweepStore.Open(TempDir, plan, Shard.Whole, resume: false);
        var other = SweepPlan.Create("width", "10,40", 1, new ExperimentConfig());
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(TempDir, other, Shard.Whole, resume: true)).Option);
        Assert.Equal("--resume", Assert.Throws<ConfigException>(() => SweepStore.Open(TempDir, plan, new Shard(1, 2), resume: true)).Option);
    }

    [Fact]
    public void A_stored_sweep_restores_the_same_plan()
    {
        var plan = SweepPlan.Create("epsilon", "0.01,0.1", 2, new ExperimentConfig { Dim = 7, Seed = 4, Data = DataKind.Gauss });
        SweepStore.Open(TempDir, plan, new Shard(2, 3), resume: false);
        var loaded = SweepStore.Load(TempDir);
        Assert.Equal(plan.Fingerprint, loaded.Plan.Fingerprint);
        Assert.Equal(new Shard(2, 3), loaded.Shard);
        Assert.Equal(plan.Points, loaded.Plan.Points);
    }
}
