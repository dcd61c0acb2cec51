using TheoremCheck.Cli;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Cli;

public class SweepPresetsTests
{
    public static TheoryData<string, bool> Presets()
    {
        var data = new TheoryData<string, bool>();
        foreach (var preset in SweepPresets.All) { data.Add(preset.Name, false); data.Add(preset.Name, true); }
        return data;
    }

    /// <summary>The preset's plan as the command line builds it, with the shared files for image data.</summary>
    internal static TheoremCheck.Experiments.SweepPlan Plan(SweepPreset preset, bool full)
    {
        var spec = ExperimentOptions.Build(preset.Options(full));
        if (spec.Data.IsImageData)
            spec = spec with { Data = spec.Data with { Directory = spec.Data.Kind == DataKind.Mnist ? RepositoryPaths.MnistDirectory : RepositoryPaths.FashionMnistDirectory } };
        return SweepCommand.Plan(preset.Parameter, string.Join(";", preset.ValuesAt(full)), preset.SeedsAt(full), spec, [],
            preset.Parameter2, preset.Values2 is null ? null : string.Join(";", preset.Values2));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_preset_is_a_valid_sweep_at_both_scales(string name, bool full)
    {
        var preset = SweepPresets.Find(name)!;
        var plan = Plan(preset, full);
        int pairs = preset.ValuesAt(full).Count * (preset.Values2?.Count ?? 1);
        Assert.Equal(pairs * preset.SeedsAt(full), plan.Points.Count);
        Assert.True(preset.ReducedValues.Count <= preset.Values.Count && preset.ReducedSeeds <= preset.Seeds, name);
        foreach (var point in plan.Points) Assert.Empty(point.Spec.Problems());
    }

    [Fact]
    public void Dimension_presets_keep_epsilon_proportional_to_the_root_of_d()
    {
        foreach (var preset in SweepPresets.All.Where(p => p.Parameter == "dim:epsilon"))
            foreach (bool full in new[] { false, true })
            {
                var ratios = Plan(preset, full).Points.Select(p => p.Spec.Attack.Epsilon / Math.Sqrt(p.Spec.Data.Dimension)).ToList();
                Assert.All(ratios, r => Assert.Equal(ratios[0], r, 3));   // four significant digits of ε
            }
        Assert.Equal(["10:0.003162", "100:0.01"], SweepPresets.DimensionWithEpsilon([10, 100], 0.001));
    }

    [Fact]
    public void Families_start_from_the_reference_defaults()
    {
        var b = ExperimentOptions.Build(SweepPresets.Find("shifted-gauss-b-width")!.Options(full: true));
        Assert.Equal((5000, 10000, 0.7, Scenario.B, 1), (b.Data.Dimension, b.Data.Samples, b.Attack.Epsilon, b.Attack.Scenario, b.Seed));
        var gauss = ExperimentOptions.Build(SweepPresets.Find("gauss-b-dim")!.Options(full: true));
        Assert.Equal((DataKind.Gauss, 10000, 10.0), (gauss.Data.Kind, gauss.Data.Dimension, gauss.Attack.Epsilon));
        var fashion = ExperimentOptions.Build(SweepPresets.Find("fashion-mnist-width")!.Options(full: false));
        Assert.Equal((DataKind.FashionMnist, 100, 0.14, 100), (fashion.Data.Kind, fashion.Training.EpochsF, fashion.Attack.Epsilon, fashion.Network.Width));
        var canonical = ExperimentOptions.Build(SweepPresets.Find("shifted-gauss-a-width")!.Options(full: true));
        Assert.Equal(new ExperimentSpec(), canonical);
        Assert.Equal(SweepPresets.All.Count, SweepPresets.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Reduced_presets_are_estimated_at_minutes_not_hours()
    {
        var estimates = SweepPresets.All.ToDictionary(p => p.Name,
            p => LongWork.TrainingSeconds(LongWork.WithSizes(Plan(p, full: false).Points.Select(point => point.Spec))));
        // WorkEstimate errs long (half the measured rate); 20 minutes of estimate is well within an afternoon's minutes.
        Assert.All(estimates, e => Assert.True(e.Value < 20 * 60, $"{e.Key}: {e.Value:F0} s"));
    }
}
