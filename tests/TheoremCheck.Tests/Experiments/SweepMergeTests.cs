using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public sealed class SweepMergeTests : TemporaryDirectoryTest
{
    private static readonly SweepPlan Plan = SweepPlan.Create(SweepPlanTests.Width, ["10", "20", "30"], 2, new ExperimentSpec());

    private static MeasuredRun Fake(ExperimentSpec spec, double cosine = 0.5) =>
        new(spec, new RunMetrics(new(spec.Network.Width, 100), new(spec.Seed, 10), new(1, 2), cosine, 0, 0, 0, 0, 0, 0));

    private IReadOnlyList<SweepStore> Parts(int count)
    {
        var parts = new List<SweepStore>();
        for (int k = 1; k <= count; k++)
        {
            var store = SweepStore.Open(Path.Combine(TempDir, $"part{k}"), Plan, new Shard(k, count), resume: false);
            SweepRunner.Run(store, (spec, _) => Fake(spec));
            parts.Add(store);
        }
        return parts;
    }

    [Fact]
    public void Parts_that_together_hold_every_run_merge_into_the_whole_sweep()
    {
        var merged = SweepMerge.Combine(Parts(3), Path.Combine(TempDir, "merged"));
        var records = SweepStore.Load(Path.Combine(TempDir, "merged")).LoadRecords();
        Assert.Equal(Plan.Points.Count, records.Count);
        Assert.Equal(Plan.Points.Select(p => MetricColumns.Values(Fake(p.Spec).Metrics)), records.Select(r => r.Values));
        Assert.True(merged.Shard.IsWhole);
    }

    [Fact]
    public void Missing_runs_other_sweeps_conflicts_and_a_part_as_target_are_refused()
    {
        var parts = Parts(3);
        SweepDirectoryProblem Problem(Action merge) => Assert.Throws<SweepDirectoryException>(merge).Problem;
        Assert.Equal(SweepDirectoryProblem.MissingRuns, Problem(() => SweepMerge.Combine(parts.Take(2).ToList(), Path.Combine(TempDir, "m1"))));
        Assert.Equal(SweepDirectoryProblem.TargetIsAPart, Problem(() => SweepMerge.Combine(parts, parts[1].Directory + "/")));

        var other = SweepStore.Open(Path.Combine(TempDir, "other"), SweepPlan.Create(SweepPlanTests.Width, ["10"], 1, new ExperimentSpec()), Shard.Whole, resume: false);
        Assert.Equal(SweepDirectoryProblem.PartsOfDifferentSweeps, Problem(() => SweepMerge.Combine([parts[0], other], Path.Combine(TempDir, "m2"))));

        var copy = SweepStore.Open(Path.Combine(TempDir, "copy"), Plan, new Shard(1, 3), resume: false);
        SweepRunner.Run(copy, (spec, _) => Fake(spec, cosine: 0.75));
        Assert.Equal(SweepDirectoryProblem.ConflictingRuns, Problem(() => SweepMerge.Combine([.. parts, copy], Path.Combine(TempDir, "m3"))));
        Assert.False(Directory.Exists(Path.Combine(TempDir, "m1")));
    }
}
