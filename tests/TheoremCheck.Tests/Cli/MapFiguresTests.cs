using TheoremCheck.Cli;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Cli;

public class MapFiguresTests
{
    private static DecisionMap WithPremise(DecisionMap map, PremiseCheck premise) => new()
    {
        Plane = map.Plane, Grid = map.Grid, F = map.F, G = map.G, Conditions = map.Conditions, Premise = premise,
        Samples = map.Samples, Labels = map.Labels,
    };

    [Fact]
    public void Outside_the_premise_no_margin_panel_says_holds_and_within_it_every_panel_does()
    {
        var run = PerturbationLearning.Run<double>(new ExperimentSpec
        {
            Data = new DataSpec { Dimension = 4, Samples = 12, TestSamples = 4 },
            Network = new NetworkSpec { Width = 40 },
            Training = new TrainingSpec { EpochsF = 5, EpochsG = 5 },
        });
        var map = DecisionMap.ForRun(run, ConditionConstants.Default, resolution: 5, limits: (-3, 3));
        var lazy = new PremiseCheck(0, 0, 1);
        var flipped = new PremiseCheck(LazyRegime.FlipShareThreshold * 2, 0, 1);

        var outside = MapFigures.Panels(WithPremise(map, flipped)).Select(p => p.Axes.Title.Label.Text).ToList();
        Assert.Equal(4, outside.Count);
        Assert.All(outside.Where((_, k) => k != 2), t =>
        {
            Assert.Contains("\noutside the theorem's premise (would hold on ", t);
            Assert.DoesNotContain("holds on", t);
        });
        Assert.StartsWith("(c) agreement condition\nholds on ", outside[2]);   // (c) involves f̂ and ĝ_n only

        var within = MapFigures.Panels(WithPremise(map, lazy)).Select(p => p.Axes.Title.Label.Text).ToList();
        Assert.All(within, t => { Assert.Contains("\nholds on ", t); Assert.DoesNotContain("premise", t); });

        var terms = MapFigures.TermPanels(WithPremise(map, flipped)).Select(p => p.Axes.Title.Label.Text).ToList();
        Assert.All(terms, t => Assert.EndsWith("\noutside the theorem's premise", t));
        Assert.All(MapFigures.TermPanels(WithPremise(map, lazy)), p => Assert.DoesNotContain("premise", p.Axes.Title.Label.Text));
    }
}
