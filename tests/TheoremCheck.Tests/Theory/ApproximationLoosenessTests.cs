using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class ApproximationLoosenessTests
{
    [Fact]
    public void Ratios_are_realised_error_over_bound_with_median_and_worst()
    {
        // t_f = 2, t_g = 4, ε = 0.5: f/t_f - f̂ and g/(t_g ε) - ĝ_n = g/2 - ĝ_n.
        ConditionReport R(double fHat, double gHat, double thresholdF, double thresholdG) => ConditionReportTests.Report(fHat, gHat, thresholdF, thresholdG);
        var reports = new[] { R(1, 1, 1, 1), R(0, 0, 2, 4), R(1, -1, 0.5, 0.5) };
        double[] f = [2.5, 1, 4];    // errors |1.25 - 1| = 0.25, |0.5 - 0| = 0.5, |2 - 1| = 1 → ratios 0.25, 0.25, 2
        double[] g = [2, -4, -2];    // errors |1 - 1| = 0, |-2 - 0| = 2, |-1 + 1| = 0 → ratios 0, 0.5, 0
        var l = ApproximationLooseness.Measure(f, g, reports, timeF: 2, timeG: 4, epsilon: 0.5);
        Assert.Equal(3, l.Points);
        Assert.Equal(0.25, l.MedianF, 15);
        Assert.Equal(2, l.WorstF, 15);
        Assert.Equal(1, l.ExceededF);
        Assert.Equal(0, l.MedianG, 15);
        Assert.Equal(0.5, l.WorstG, 15);
        Assert.Equal(0, l.ExceededG);
        Assert.Throws<ArgumentException>(() => ApproximationLooseness.Measure([1.0], g, reports, 1, 1, 1));
    }

    [Fact]
    public void Median_and_ratio_edge_cases()
    {
        Assert.Equal(2.5, ApproximationLooseness.Median([4, 1, 3, 2]));
        Assert.Equal(3, ApproximationLooseness.Median([5, 1, 3]));
        Assert.True(double.IsNaN(ApproximationLooseness.Median([])));
        Assert.Equal(0, ApproximationLooseness.Ratio(0, 0));
        Assert.Equal(double.PositiveInfinity, ApproximationLooseness.Ratio(1e-9, 0));
        Assert.Equal(0.5, ApproximationLooseness.Ratio(1, 2));
    }
}
