using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class ConditionReportTests
{
    /// <summary>A report whose thresholds are given, split over two terms so that the sum is what is compared.</summary>
    internal static ConditionReport Report(double fHat, double gHat, double thresholdF, double thresholdG) =>
        new(fHat, gHat, new MarginErrors(thresholdF / 4, 0, 0, 3 * thresholdF / 4), new MarginErrors(0, thresholdG / 2, 0, thresholdG / 2));

    [Fact]
    public void Conditions_compare_magnitudes_with_strict_inequality_and_signs()
    {
        var holds = Report(fHat: 2, gHat: 0.5, thresholdF: 1, thresholdG: 0.4);
        Assert.True(holds.MarginF && holds.MarginG && holds.Agreement && holds.All);
        var negative = Report(-2, -0.5, 1, 0.4);
        Assert.True(negative.All);
        Assert.False(Report(1, 0.5, 1, 0.4).MarginF);            // |f̂| = threshold is not enough
        Assert.False(Report(2, 0.4, 1, 0.4).MarginG);
        Assert.False(Report(2, -0.5, 1, 0.4).Agreement);
        Assert.False(Report(2, -0.5, 1, 0.4).All);
        Assert.False(Report(0.5, 0.5, 1, 0.4).All);
        Assert.False(Report(2, 0.3, 1, 0.4).All);
    }

    [Fact]
    public void Thresholds_are_the_sums_of_the_error_terms()
    {
        var report = new ConditionReport(1, 1, new MarginErrors(0.125, 0.25, 0, 0.5), new MarginErrors(1, 2, 4, 8));
        Assert.Equal(0.875, report.ThresholdF);
        Assert.Equal(15, report.ThresholdG);
        Assert.True(report.MarginF);
        Assert.False(report.MarginG);
    }
}
