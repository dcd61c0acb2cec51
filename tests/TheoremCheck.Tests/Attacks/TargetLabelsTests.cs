using TheoremCheck.Attacks;

namespace TheoremCheck.Tests.Attacks;

public class TargetLabelsTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Balanced_targets_split_evenly(int count)
    {
        var targets = TargetLabels.Draw(count, TargetKind.Balanced, new Random(3));
        Assert.Equal(count / 2, targets.Count(t => t == 1) - (count % 2 == 1 && targets.Count(t => t == 1) > count / 2 ? 1 : 0));
        Assert.InRange(targets.Sum(), -1, 1);
        Assert.All(targets, t => Assert.True(t is 1 or -1));
        Assert.NotEqual(Enumerable.Range(0, count).Select(n => n < count / 2 ? 1 : -1), targets); // shuffled
    }

    [Fact]
    public void Random_targets_are_signs_with_both_values()
    {
        var targets = TargetLabels.Draw(1000, TargetKind.Random, new Random(3));
        Assert.All(targets, t => Assert.True(t is 1 or -1));
        // Mean of 1000 fair signs: standard deviation 0.032; 5 deviations.
        Assert.InRange(targets.Average(), -0.16, 0.16);
        Assert.Equal(targets, TargetLabels.Draw(1000, TargetKind.Random, new Random(3)));
    }
}
