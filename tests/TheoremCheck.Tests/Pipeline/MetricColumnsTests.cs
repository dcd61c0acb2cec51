using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class MetricColumnsTests
{
    private static readonly RunMetrics Sample = new(new Proportion(9, 10), new Proportion(3, 4), new Proportion(1, 5), 0.5, 0.25, 0.125, 7, 8, 2, -0.0625);

    [Fact]
    public void Columns_read_their_quantity_and_only_shares_have_counts()
    {
        // Without an assessment of the theory, its columns do not apply (NaN).
        Assert.Equal([0.9, 0.75, 0.2, 0.5, 0.25, 0.125, -0.0625, 2, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN],
            MetricColumns.Values(Sample));
        Assert.Equal(["acc_f", "acc_g", "agreement"], MetricColumns.All.Where(c => c.Count is not null).Select(c => c.Name));
        Assert.Equal(new Proportion(3, 4), MetricColumns.AccG.Count!(Sample));
        Assert.Equal(["acc_f", "acc_g", "agreement", "cossim", "flipped_f", "flipped_g", "premise", "margin_f", "margin_g", "agreement_condition",
            "all_conditions", "all_within_premise"], MetricColumns.Summarised.Select(c => c.Name));
        Assert.Equal(MetricColumns.All.Count, MetricColumns.All.Select(c => c.Name).Distinct().Count());
        Assert.Same(MetricColumns.CosSim, MetricColumns.Find("cossim"));
        Assert.Throws<ArgumentException>(() => MetricColumns.Find("accuracy"));
    }

    [Fact]
    public void Theory_columns_read_the_premise_and_the_condition_shares()
    {
        TheoremCheck.Theory.ConditionReport R(bool a, bool b) =>
            new(1, 1, new TheoremCheck.Theory.MarginErrors(0, 0, 0, a ? 0.5 : 2), new TheoremCheck.Theory.MarginErrors(0, 0, 0, b ? 0.5 : 2));
        var reports = new[] { R(true, true), R(true, false), R(false, false), R(true, true) };
        var summary = TheoremCheck.Theory.ConditionSummary.Of(reports, [true, true, true, false]);
        var lazy = TheoremCheck.Theory.PremiseCheck.Of(0.05, 0.1, 100, 10, 1, 1);
        var metrics = Sample with { Conditions = new(lazy, null, null, reports, summary, null) };
        Assert.Equal(1, MetricColumns.Premise.Value(metrics));
        Assert.Equal(100 / (100.0 * 4), MetricColumns.WidthRatio.Value(metrics), 15);
        Assert.Equal(0.75, MetricColumns.MarginF.Value(metrics));
        Assert.Equal(0.5, MetricColumns.MarginG.Value(metrics));
        Assert.Equal(1, MetricColumns.AgreementCondition.Value(metrics));
        Assert.Equal(0.5, MetricColumns.AllConditions.Value(metrics));
        Assert.Equal(0.5, MetricColumns.AllWithinPremise.Value(metrics));
        var outside = metrics with { Conditions = metrics.Conditions! with { Premise = TheoremCheck.Theory.PremiseCheck.Of(0.3, 0, 100, 10, 1, 1) } };
        Assert.Equal(0, MetricColumns.Premise.Value(outside));
        Assert.Equal(0.5, MetricColumns.AllConditions.Value(outside));
        Assert.Equal(0, MetricColumns.AllWithinPremise.Value(outside));
        var notApplicable = metrics with { Conditions = new(lazy, "attack.scenario", "must be a", null, null, null) };
        Assert.Equal(1, MetricColumns.Premise.Value(notApplicable));
        Assert.True(double.IsNaN(MetricColumns.MarginF.Value(notApplicable)));
        Assert.True(double.IsNaN(MetricColumns.AllWithinPremise.Value(notApplicable)));
    }

    [Fact]
    public void Values_that_do_not_apply_are_null_in_json_and_read_back_as_NaN()
    {
        Assert.Null(MetricColumns.Json(double.NaN));
        Assert.Null(MetricColumns.Json(double.PositiveInfinity));
        Assert.Equal(0.5, (double)MetricColumns.Json(0.5)!);
        Assert.True(double.IsNaN(MetricColumns.FromJson(null)));
        Assert.Equal(0.25, MetricColumns.FromJson(System.Text.Json.Nodes.JsonValue.Create(0.25)));
    }
}
