using TheoremCheck.Attacks;
using TheoremCheck.Cli;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Snapshots;

/// <summary>Canonical runs small enough for CI, compared against the committed baselines.</summary>
public class SnapshotTests
{
    public static readonly ExperimentSpec SyntheticA = new()
    {
        Data = new DataSpec { Kind = DataKind.ShiftedGauss, Dimension = 20, Samples = 100, TestSamples = 200 },
        Network = new NetworkSpec { Width = 200 },
        Training = new TrainingSpec { EpochsF = 60, EpochsG = 60 },
        Attack = new AttackSpec { Epsilon = 0.05 },
    };

    public static readonly ExperimentSpec SyntheticB = new()
    {
        Data = new DataSpec { Kind = DataKind.Gauss, Dimension = 8, Samples = 40, TestSamples = 100 },
        Network = new NetworkSpec { Width = 64, Slope = 0.25, Init = InitKind.Symmetric },
        Training = new TrainingSpec { Loss = LossKind.Logistic, LearningRateF = 0.5, LearningRateG = 0.5, EpochsF = 80, EpochsG = 40, Momentum = 0 },
        Attack = new AttackSpec { Epsilon = 0.1, Norm = PerturbationNorm.Linf, Scenario = Scenario.B, Targets = TargetKind.Balanced },
        Seed = 3,
    };

    /// <summary>The run's configuration as the baselines record it: every option in the command line's order.</summary>
    public static string Describe(ExperimentSpec spec) =>
        ExperimentOptions.Describe(spec with { Data = spec.Data with { Directory = spec.Data.Directory is null ? null : "<data-dir>" } });

    public static object Summary(RunResult<double> result) => new
    {
        config = Describe(result.Spec),
        acc_f = Baselines.Round(result.Metrics.AccF.Share),
        acc_g = Baselines.Round(result.Metrics.AccG.Share),
        agreement = Baselines.Round(result.Metrics.Agreement.Share),
        cossim = Baselines.Round(result.Metrics.CosSim),
        flipped_f = Baselines.Round(result.Metrics.FlippedF),
        flipped_g = Baselines.Round(result.Metrics.FlippedG),
        f_at_first_test_points = result.Run.F.Network.Outputs(result.Run.TestInputs).Take(5).Select(Baselines.Round).ToArray(),
        g_at_first_test_points = result.Run.G.Network.Outputs(result.Run.TestInputs).Take(5).Select(Baselines.Round).ToArray(),
    };

    [Fact]
    public void Pipeline_shifted_gauss_scenario_a() => Baselines.Match(Summary(PerturbationLearning.Run<double>(SyntheticA)), "pipeline-shifted-gauss-a");

    [Fact]
    public void Pipeline_gauss_logistic_linf_scenario_b() => Baselines.Match(Summary(PerturbationLearning.Run<double>(SyntheticB)), "pipeline-gauss-logistic-linf-b");

    [Fact]
    public void Pipeline_mnist_one_versus_two_reduced()
    {
        var config = new ExperimentSpec
        {
            Data = new DataSpec { Kind = DataKind.Mnist, Directory = RepositoryPaths.MnistDirectory, TestSamples = 1 },
            Network = new NetworkSpec { Width = 40 },
            Training = new TrainingSpec { LearningRateF = 0.01, LearningRateG = 0.01, EpochsF = 15, EpochsG = 15 },
            Attack = new AttackSpec { Epsilon = 0.14 },
        };
        Baselines.Match(Summary(PerturbationLearning.Run<double>(config)), "pipeline-mnist-1v2-reduced");
    }

    [Fact]
    public void Pipeline_fashion_mnist_zero_versus_nine_reduced_with_its_regime()
    {
        // The shared test file (even positions train, odd test), minus the reference's 0.2860; what the theory says about the run too.
        var config = new ExperimentSpec
        {
            Data = new DataSpec { Kind = DataKind.FashionMnist, Directory = RepositoryPaths.FashionMnistDirectory },
            Network = new NetworkSpec { Width = 40 },
            Training = new TrainingSpec { LearningRateF = 0.01, LearningRateG = 0.01, EpochsF = 15, EpochsG = 15 },
            Attack = new AttackSpec { Epsilon = 0.14 },
        };
        var result = PerturbationLearning.Run<double>(config);
        var theory = result.Metrics.Conditions!;
        Baselines.Match(new
        {
            run = Summary(result),
            premise = theory.Premise.Holds,
            width_ratio = Baselines.Round(theory.Premise.WidthRatio),
            margin_f = Baselines.Round(MetricColumns.MarginF.Value(result.Metrics)),
            margin_g = Baselines.Round(MetricColumns.MarginG.Value(result.Metrics)),
            all_conditions = Baselines.Round(MetricColumns.AllConditions.Value(result.Metrics)),
            largest_where_f_fails = theory.Summary!.LargestWhereFFails,
            largest_where_g_fails = theory.Summary.LargestWhereGFails,
            looseness_median_f = Baselines.Round(theory.Looseness!.MedianF),
            looseness_median_g = Baselines.Round(theory.Looseness.MedianG),
        }, "pipeline-fashion-mnist-0v9-reduced");
    }

    [Fact]
    public void Exact_pipeline_prints_exact_rationals()
    {
        var result = PerturbationLearning.Run<Rational>(new ExperimentSpec
        {
            Data = new DataSpec { Dimension = 3, Samples = 5, TestSamples = 3 },
            Network = new NetworkSpec { Width = 4, Slope = 0.25 },
            Training = new TrainingSpec { EpochsF = 3, EpochsG = 2, LearningRateF = 0.125, LearningRateG = 0.25, Momentum = 0.5 },
            Attack = new AttackSpec { Epsilon = 0.25 },
            Seed = 2,
        });
        Baselines.Match(new
        {
            acc_f = result.Metrics.AccF.Fraction.ToString(), acc_g = result.Metrics.AccG.Fraction.ToString(), agreement = result.Metrics.Agreement.Fraction.ToString(),
            t_f = result.TimeF.ToString(), t_g = result.TimeG.ToString(),
            flipped_f = result.Metrics.EverFlippedF, flipped_g = result.Metrics.EverFlippedG,
            e3 = result.ClosedForms!.E3.Holds, e4 = result.ClosedForms.E4.Holds,
            f_test = result.TestOutputsF().Select(v => v.ToString()).ToArray(),
            g_test = result.TestOutputsG().Select(v => v.ToString()).ToArray(),
        }, "exact-pipeline");
    }

    [Fact]
    public void Decision_map_summary_counts_each_region()
    {
        var config = new ExperimentSpec
        {
            Data = new DataSpec { Dimension = 20, Samples = 80, TestSamples = 10 },
            Network = new NetworkSpec { Width = 600 },
            Training = new TrainingSpec { EpochsF = 60, EpochsG = 60 },
            Attack = new AttackSpec { Epsilon = 0.2, Targets = TargetKind.Balanced },
        };
        var map = TheoremCheck.Experiments.DecisionMap.ForRun(PerturbationLearning.Run<double>(config), ConditionConstants.Default, resolution: 25);
        var summary = map.Summary();
        int Count(bool[,] mask) => mask.Cast<bool>().Count(x => x);
        Baselines.Match(new
        {
            config = Describe(config),
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
