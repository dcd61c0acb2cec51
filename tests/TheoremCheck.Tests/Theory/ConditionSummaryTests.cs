using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Theory;

public class ConditionSummaryTests
{
    private static ConditionReport Report(double fHat, double gHat, MarginErrors f, MarginErrors g) => new(fHat, gHat, f, g);

    [Fact]
    public void Counts_conditions_signs_and_the_largest_failing_terms()
    {
        var bias = new MarginErrors(0.1, 0.2, 0, 1);
        var initial = new MarginErrors(3, 0.2, 0.1, 0.5);
        var small = new MarginErrors(0.01, 0.01, 0.01, 0.01);
        var reports = new[]
        {
            Report(2, 2, small, small),      // all hold
            Report(2, 0.5, small, bias),     // (b) fails: bias largest
            Report(0.5, 0.5, initial, bias), // (a) fails: initial output; (b) fails: bias
            Report(2, -2, small, small),     // (c) fails
            Report(0.2, 2.5, bias, initial), // (a) fails: bias; (b) fails: initial output
        };
        bool[] agree = [true, false, true, true, false];
        var s = ConditionSummary.Of(reports, agree);
        Assert.Equal(5, s.Points);
        Assert.Equal(3, s.SignsAgree);
        Assert.Equal(3, s.MarginF);
        Assert.Equal(2, s.MarginG);
        Assert.Equal(4, s.Agreement);
        Assert.Equal(1, s.All);
        Assert.Equal(1, s.AllAndSignsAgree);
        Assert.Equal(0, s.AllButSignsDiffer);
        Assert.Equal([1, 0, 0, 1], s.LargestWhereFFails);
        Assert.Equal([1, 0, 0, 2], s.LargestWhereGFails);
        Assert.Equal(0.6, s.Share(s.MarginF), 15);
        Assert.Equal(1, s.SignsAgreeWhereAll);
        Assert.Equal("(b) fails on 60.0 %: bias (target imbalance) largest on 66.7 %, initial output on 33.3 %", s.Failures(conditionF: false));
        Assert.Equal("(a) fails on 40.0 %: initial output largest on 50.0 %, bias (target imbalance) on 50.0 %", s.Failures(conditionF: true));
        Assert.Throws<ArgumentException>(() => ConditionSummary.Of(reports, [true]));
    }

    [Fact]
    public void Within_the_premise_share_is_zero_outside_it()
    {
        var s = ConditionSummary.Of([Report(2, 2, default, default), Report(2, 2, default, default)], [true, false]);
        Assert.Equal(1, s.AllWithinPremise(PremiseCheck.Of(0, 0, 10, 1, 1, 1)));
        Assert.Equal(0, s.AllWithinPremise(PremiseCheck.Of(0.3, 0, 10, 1, 1, 1)));
        Assert.Equal(1, s.AllButSignsDiffer);
        Assert.Equal(0.5, s.SignsAgreeWhereAll);
        Assert.Equal("(a) fails nowhere", s.Failures(conditionF: true));
        var empty = ConditionSummary.Of([], []);
        Assert.True(double.IsNaN(empty.Share(0)));
        Assert.True(double.IsNaN(empty.SignsAgreeWhereAll));
    }
}
