using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class ConditionReportTests
{
    [Fact]
    public void Condition_report_compares_margins_with_thresholds()
    {
        var holds = new ConditionReport(FHat: 2, GHat: 0.5, ThresholdF: 1, ThresholdG: 0.4);
        Assert.True(holds.MarginF && holds.MarginG && holds.Agreement && holds.All);
        var negative = new ConditionReport(-2, -0.5, 1, 0.4);
        Assert.True(negative.All);
        Assert.False(new ConditionReport(1, 0.5, 1, 0.4).MarginF);            // |f̂| = threshold is not enough
        Assert.False(new ConditionReport(2, 0.4, 1, 0.4).MarginG);
        Assert.False(new ConditionReport(2, -0.5, 1, 0.4).Agreement);
        Assert.False(new ConditionReport(2, -0.5, 1, 0.4).All);
        Assert.False(new ConditionReport(0.5, 0.5, 1, 0.4).All);
        Assert.False(new ConditionReport(2, 0.3, 1, 0.4).All);
        Assert.Equal(new ConditionConstants(3, 3, 1), ConditionConstants.Default);
        Assert.Equal(new ConditionConstants(0, 0, 0), ConditionConstants.Zero);
    }
}
