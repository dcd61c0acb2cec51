using TheoremCheck.Attacks;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Tests.Experiments;

public class DecisionMapTests
{
    private static readonly ExperimentSpec Small = new()
    {
        Data = new DataSpec { Dimension = 6, Samples = 24, TestSamples = 8 },
        Network = new NetworkSpec { Width = 200 },
        Training = new TrainingSpec { EpochsF = 20, EpochsG = 20 },
        Attack = new AttackSpec { Targets = TargetKind.Balanced },
        Seed = 3,
    };

    private static RunResult<double>? _run;

    private static RunResult<double> SmallRun => _run ??= PerturbationLearning.Run<double>(Small);

    [Fact]
    public void Masks_are_the_conditions_and_signs_at_each_grid_point()
    {
        var result = SmallRun;
        var map = DecisionMap.ForRun(result, ConditionConstants.Default, resolution: 7, limits: (-4, 4));
        var conditions = RunConditions.For(result.Run, result.Spec, ConditionConstants.Default);
        var xs = map.Grid.Coordinates();
        var masks = Enum.GetValues<MapCondition>().ToDictionary(c => c, map.Mask);
        var agree = map.SignsAgreeMask();
        for (int r = 0; r < 7; r++)
            for (int c = 0; c < 7; c++)
            {
                var z = map.Plane.Point(xs[c], xs[r]);
                var report = conditions.Evaluate(z);
                Assert.Equal(report.MarginF, masks[MapCondition.MarginF][r, c]);
                Assert.Equal(report.MarginG, masks[MapCondition.MarginG][r, c]);
                Assert.Equal(report.Agreement, masks[MapCondition.Agreement][r, c]);
                Assert.Equal(masks[MapCondition.MarginF][r, c] && masks[MapCondition.MarginG][r, c] && masks[MapCondition.Agreement][r, c], masks[MapCondition.All][r, c]);
                double f = result.Run.F.Network.Output(z), g = result.Run.G.Network.Output(z);
                Assert.Equal(f, map.F[r, c], 9);
                Assert.Equal(Math.Sign(f) == Math.Sign(g), agree[r, c]);
            }
    }

    [Fact]
    public void Summary_counts_the_masks()
    {
        var map = DecisionMap.ForRun(SmallRun, ConditionConstants.Default, resolution: 9, limits: (-5, 5));
        var summary = map.Summary();
        int Count(bool[,] mask) => mask.Cast<bool>().Count(b => b);
        Assert.Equal(81, summary.Points);
        Assert.Equal(Count(map.Mask(MapCondition.MarginF)), summary.MarginF);
        Assert.Equal(Count(map.Mask(MapCondition.MarginG)), summary.MarginG);
        Assert.Equal(Count(map.Mask(MapCondition.Agreement)), summary.Agreement);
        Assert.Equal(Count(map.Mask(MapCondition.All)), summary.All);
        Assert.Equal(Count(map.Mask(MapCondition.All)), summary.AllAndSignsAgree + summary.AllButSignsDiffer);
        Assert.Equal(Count(map.SignsAgreeMask()), summary.SignsAgree);
        // The largest failing term is counted once per failing point, and equals the map's term picture.
        foreach (bool conditionF in new[] { true, false })
        {
            var terms = map.LargestFailingTerm(conditionF);
            var counts = conditionF ? summary.LargestWhereFFails : summary.LargestWhereGFails;
            Assert.Equal(81 - (conditionF ? summary.MarginF : summary.MarginG), counts.Sum());
            foreach (var term in MarginErrors.Terms)
                Assert.Equal(counts[(int)term], terms.Cast<ErrorTerm?>().Count(t => t == term));
            for (int r = 0; r < 9; r++)
                for (int c = 0; c < 9; c++)
                {
                    var report = map.Conditions[r, c];
                    bool holds = conditionF ? report.MarginF : report.MarginG;
                    Assert.Equal(holds ? null : conditionF ? report.ErrorsF.Largest : report.ErrorsG.Largest, terms[r, c]);
                }
        }
    }

    [Fact]
    public void Zero_constants_make_the_margin_regions_larger_or_equal()
    {
        var strict = DecisionMap.ForRun(SmallRun, ConditionConstants.Default, resolution: 9, limits: (-5, 5));
        var loose = DecisionMap.ForRun(SmallRun, ConditionConstants.Zero, resolution: 9, limits: (-5, 5));
        foreach (var condition in new[] { MapCondition.MarginF, MapCondition.MarginG })
        {
            var a = strict.Mask(condition);
            var b = loose.Mask(condition);
            for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) Assert.True(!a[r, c] || b[r, c], $"{condition} at ({r}, {c})");
        }
        Assert.True(loose.Summary().MarginF > strict.Summary().MarginF, "dropping the error terms must widen condition (a) somewhere");
    }

    [Fact]
    public void The_map_carries_the_premise_of_its_run()
    {
        var map = DecisionMap.ForRun(SmallRun, ConditionConstants.Default, resolution: 3, limits: (-1, 1));
        Assert.Equal(RunConditions.Premise(SmallRun.Run, SmallRun.Spec), map.Premise);
        Assert.Equal(SmallRun.Metrics.FlippedF, map.Premise.FlippedF);
        Assert.Equal(SmallRun.Metrics.FlippedG, map.Premise.FlippedG);
    }
}
