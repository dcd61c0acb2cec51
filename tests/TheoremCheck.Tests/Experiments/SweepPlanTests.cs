using System.Globalization;
using TheoremCheck.Data;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public class SweepPlanTests
{
    /// <summary>Axes as a front end would give them (the command line builds them from its option table).</summary>
    internal static readonly SweepAxis Width = new("width", (s, v) => s with { Network = s.Network with { Width = int.Parse(v, CultureInfo.InvariantCulture) } });
    internal static readonly SweepAxis Dimension = new("dim", (s, v) => s with { Data = s.Data with { Dimension = int.Parse(v, CultureInfo.InvariantCulture) } });
    internal static readonly SweepAxis Epsilon = new("epsilon", (s, v) => s with { Attack = s.Attack with { Epsilon = double.Parse(v, CultureInfo.InvariantCulture) } });
    internal static readonly SweepAxis Seed = new("seed", (s, v) => s with { Seed = int.Parse(v, CultureInfo.InvariantCulture) });

    [Fact]
    public void Points_run_value_by_value_with_consecutive_seeds_and_carry_their_specification()
    {
        var plan = SweepPlan.Create(Width, ["10", "30"], 3, new ExperimentSpec { Seed = 5 });
        Assert.Equal("width", plan.Parameter);
        Assert.Equal([5, 6, 7], plan.Seeds);
        Assert.Equal(6, plan.Points.Count);
        var point = plan.Points[4];
        Assert.Equal((4, "30", 1, 6), (point.Index, point.Value, point.ValueIndex, point.Seed));
        Assert.Equal(30, point.Spec.Network.Width);
        Assert.Equal(6, point.Spec.Seed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_partition_the_points(int count)
    {
        var plan = SweepPlan.Create(Dimension, ["5", "10", "20", "40"], 3, new ExperimentSpec());
        var owners = plan.Points.Select(p => Enumerable.Range(1, count).Where(k => new Shard(k, count).Contains(p)).ToList()).ToList();
        Assert.All(owners, o => Assert.Single(o));
    }

    [Fact]
    public void Bad_plans_name_the_field_at_fault()
    {
        string Field(SweepAxis axis, string[] values, int seeds) =>
            Assert.Single(Assert.Throws<SpecException>(() => SweepPlan.Create(axis, values, seeds, new ExperimentSpec())).Problems).Field;
        Assert.Equal(SweepPlan.ValuesField, Field(Width, [], 1));
        Assert.Equal(SweepPlan.ValuesField, Field(Width, ["10", "10"], 1));
        Assert.Equal(SweepPlan.SeedsField, Field(Width, ["10"], 0));
        Assert.Equal(SweepPlan.SeedsField, Field(Seed, ["1", "2"], 2));
        Assert.Equal("network.width", Field(Width, ["10", "-3"], 1));
    }

    [Fact]
    public void Sweeping_the_seed_runs_each_value_once_as_its_seed()
    {
        var plan = SweepPlan.Create(Seed, ["4", "9"], 1, new ExperimentSpec());
        Assert.Equal([4, 9], plan.Points.Select(p => p.Seed));
        Assert.Equal([4, 9], plan.Points.Select(p => p.Spec.Seed));
    }

    [Fact]
    public void Fingerprint_follows_the_points_but_not_the_base_value_of_the_swept_setting()
    {
        var a = SweepPlan.Create(Width, ["10", "30"], 2, new ExperimentSpec());
        Assert.Equal(a.Fingerprint, SweepPlan.Create(Width, ["10", "30"], 2, new ExperimentSpec { Network = new NetworkSpec { Width = 77 } }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create(Width, ["10", "30"], 3, new ExperimentSpec()).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create(Width, ["10", "31"], 2, new ExperimentSpec()).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create(Width, ["10", "30"], 2, new ExperimentSpec { Data = new DataSpec { Dimension = 50 } }).Fingerprint);
        Assert.NotEqual(a.Fingerprint, SweepPlan.Create(Width, ["10", "30"], 2, new ExperimentSpec { Seed = 1 }).Fingerprint);
        Assert.Matches("^[0-9a-f]{12}$", a.Fingerprint);
    }

    [Fact]
    public void A_restored_plan_must_match_its_values()
    {
        var plan = SweepPlan.Create(Epsilon, ["0.1", "0.2"], 1, new ExperimentSpec { Data = new DataSpec { Kind = DataKind.Gauss } });
        var restored = SweepPlan.Restore(plan.Parameter, plan.Values, plan.Seeds, plan.Base, plan.Points);
        Assert.Equal(plan.Fingerprint, restored.Fingerprint);
        Assert.Throws<InvalidDataException>(() => SweepPlan.Restore(plan.Parameter, ["0.1", "0.3"], plan.Seeds, plan.Base, plan.Points));
    }
}
