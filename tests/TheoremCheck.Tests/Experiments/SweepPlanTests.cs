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
