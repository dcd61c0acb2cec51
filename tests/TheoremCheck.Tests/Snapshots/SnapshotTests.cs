using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Snapshots;

/// <summary>Canonical runs small enough for CI, compared against the committed baselines.</summary>
public class SnapshotTests
{
    public static readonly ExperimentConfig SyntheticA = new()
    {
        Data = DataKind.ShiftedGauss, Dim = 20, Samples = 100, TestSamples = 200, Width = 200, EpochsF = 60, EpochsG = 60, Epsilon = 0.05,
    };

    public static readonly ExperimentConfig SyntheticB = new()
    {
        Data = DataKind.Gauss, Dim = 8, Samples = 40, TestSamples = 100, Width = 64, Slope = 0.25, Loss = LossKind.Logistic,
        LrF = 0.5, LrG = 0.5, EpochsF = 80, EpochsG = 40, Momentum = 0, Epsilon = 0.1, Norm = PerturbationNorm.Linf,
        Scenario = Scenario.B, Init = InitKind.Symmetric, Targets = TargetKind.Balanced, Seed = 3,
    };

    public static object Summary(RunResult result) => new
    {
        config = ConfigOptions.Describe(result.Config with { DataDir = result.Config.DataDir is null ? null : "<data-dir>" }),
        acc_f = Baselines.Round(result.Metrics.AccF),
        acc_g = Baselines.Round(result.Metrics.AccG),
        agreement = Baselines.Round(result.Metrics.Agreement),
        cossim = Baselines.Round(result.Metrics.CosSim),
        flipped_f = Baselines.Round(result.Metrics.FlippedF),
        flipped_g = Baselines.Round(result.Metrics.FlippedG),
        f_at_first_test_points = result.Run.F.Network.Outputs(result.Run.TestInputs).Take(5).Select(Baselines.Round).ToArray(),
        g_at_first_test_points = result.Run.G.Network.Outputs(result.Run.TestInputs).Take(5).Select(Baselines.Round).ToArray(),
    };

    [Fact]
    public void Pipeline_shifted_gauss_scenario_a() => Baselines.Match(Summary(PerturbationLearning.Run(SyntheticA)), "pipeline-shifted-gauss-a");

    [Fact]
    public void Pipeline_gauss_logistic_linf_scenario_b() => Baselines.Match(Summary(PerturbationLearning.Run(SyntheticB)), "pipeline-gauss-logistic-linf-b");

    [Fact]
    public void Pipeline_mnist_one_versus_two_reduced()
    {
        var config = new ExperimentConfig
        {
            Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory, Width = 40, LrF = 0.01, LrG = 0.01,
            EpochsF = 15, EpochsG = 15, Epsilon = 0.14, TestSamples = 1,
        };
        Baselines.Match(Summary(PerturbationLearning.Run(config)), "pipeline-mnist-1v2-reduced");
    }

    [Fact]
    public void Exact_pipeline_prints_exact_rationals()
    {
        var result = PerturbationLearning.RunExact(new ExperimentConfig
        {
            Dim = 3, Samples = 5, TestSamples = 3, Width = 4, EpochsF = 3, EpochsG = 2, LrF = 0.125, LrG = 0.25,
            Momentum = 0.5, Epsilon = 0.25, Slope = 0.25, Exact = true, Seed = 2,
        });
        Baselines.Match(new
        {
            acc_f = result.AccF.ToString(), acc_g = result.AccG.ToString(), agreement = result.Agreement.ToString(),
            t_f = result.TimeF.ToString(), t_g = result.TimeG.ToString(),
            flipped_f = result.EverFlippedF, flipped_g = result.EverFlippedG,
            e3 = result.E3Holds, e4 = result.E4Holds,
            f_test = result.TestOutputsF.Select(v => v.ToString()).ToArray(),
            g_test = result.TestOutputsG.Select(v => v.ToString()).ToArray(),
        }, "exact-pipeline");
    }

    [Fact]
    public void Decision_map_summary_counts_each_region()
    {
        var config = new ExperimentConfig
        {
            Dim = 20, Samples = 80, TestSamples = 10, Width = 600, EpochsF = 60, EpochsG = 60, Epsilon = 0.2, Targets = TargetKind.Balanced,
        };
        var map = TheoremCheck.Experiments.DecisionMap.ForRun(PerturbationLearning.Run(config), ConditionConstants.Default, resolution: 25);
        var summary = map.Summary();
        int Count(bool[,] mask) => mask.Cast<bool>().Count(x => x);
        Baselines.Match(new
        {
            config = ConfigOptions.Describe(config),
            resolution = 25,
            limits = new[] { Baselines.Round(map.Grid.Min), Baselines.Round(map.Grid.Max) },
            points = summary.Points,
            signs_agree = Count(map.SignsAgreeMask()),
            margin_f = Count(map.Mask(TheoremCheck.Experiments.MapCondition.MarginF)),
            margin_g = Count(map.Mask(TheoremCheck.Experiments.MapCondition.MarginG)),
            agreement_condition = Count(map.Mask(TheoremCheck.Experiments.MapCondition.Agreement)),
            all_three = Count(map.Mask(TheoremCheck.Experiments.MapCondition.All)),
            all_three_and_signs_agree = summary.AllAndSignsAgree,
            all_three_but_signs_differ = summary.AllButSignsDiffer,
        }, "decision-map-summary");
    }

    [Fact]
    public void Kernel_phi_closed_form_table() => Baselines.Match(KernelRows(), "kernel-phi-table");

    internal static List<object> KernelRows()
    {
        double[][] points = [[1, 0, 0], [0, 1, 0], [1, 1, 1], [-1, -1, -1], [2, -0.5, 0.25], [0, 0, 0]];
        var rows = new List<object>();
        foreach (double slope in new[] { 0.0, 0.25, 0.5 })
            for (int p = 0; p < points.Length; p++)
                for (int q = p; q < points.Length; q++)
                    rows.Add(new { slope, p, q, phi = Baselines.Round(ArcCosineKernel.Phi(points[p], points[q], slope)) });
        return rows;
    }
}
