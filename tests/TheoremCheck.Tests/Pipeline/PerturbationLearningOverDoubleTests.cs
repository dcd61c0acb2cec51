using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

/// <summary>The pipeline in double: the shared contract, and what only double does (L2 lengths, wide runs, image sizes).</summary>
public sealed class PerturbationLearningOverDoubleTests : PerturbationLearningTests<double>
{
    private static readonly ExperimentSpec Small = new()
    {
        Data = new DataSpec { Dimension = 50, Samples = 100, TestSamples = 50 },
        Network = new NetworkSpec { Width = 300 },
        Training = new TrainingSpec { EpochsF = 100, EpochsG = 100 },
        Attack = new AttackSpec { Epsilon = 0.05, Targets = TargetKind.Balanced },
    };

    [Fact]
    public void Perturbation_learning_recovers_the_classes_on_an_easy_instance()
    {
        // Wide network, balanced targets, separable shifted Gaussians: THEORY §6 reports acc_g ≈ agreement ≈ 1
        // at large width with balanced targets; 0.9 leaves room for the finite sizes used here.
        var result = PerturbationLearning.Run<double>(Small);
        var m = result.Metrics;
        Assert.True(m.AccF.Share >= 0.95, $"acc_f = {m.AccF}");
        Assert.True(m.AccG.Share >= 0.9, $"acc_g = {m.AccG}");
        Assert.True(m.Agreement.Share >= 0.9, $"agreement = {m.Agreement}");
        Assert.True(m.CosSim >= 0.9, $"cossim = {m.CosSim}");
        Assert.InRange(m.FlippedF, 0, 1);
        Assert.Equal(0, m.ZeroGradients);
        Assert.Equal(50, result.Run.TestInputs.Rows);
        Assert.True(result.Seconds["total"] >= result.Seconds["train_f"]);
        Assert.Null(result.ClosedForms);
    }

    [Fact]
    public void L2_perturbations_have_length_epsilon()
    {
        var run = PerturbationLearning.Run<double>(Small with { Training = Small.Training with { EpochsG = 1 } }).Run;
        for (int n = 0; n < run.Inputs.Rows; n++)
        {
            var r = run.Perturbations.Row(n);
            Assert.Equal(Small.Attack.Epsilon, Math.Sqrt(MatrixProducts<double>.Dot(r, r)), 12);
        }
    }

    [Fact]
    public void The_effective_specification_records_the_sizes_of_the_image_files()
    {
        var spec = new ExperimentSpec
        {
            Data = new DataSpec { Kind = DataKind.Mnist, Directory = RepositoryPaths.MnistDirectory },
            Network = new NetworkSpec { Width = 4 },
            Training = new TrainingSpec { EpochsF = 1, EpochsG = 1, LearningRateF = 0.01, LearningRateG = 0.01 },
        };
        var result = PerturbationLearning.Run<double>(spec);
        Assert.Equal((784, 1084, 1083), (result.Spec.Data.Dimension, result.Spec.Data.Samples, result.Spec.Data.TestSamples));
        Assert.Equal(1084, result.Metrics.AccF.Total);
        Assert.Equal(1083, result.Metrics.Agreement.Total);
        // k > d is only known once the files are read, and is refused before training.
        var l0 = spec with { Attack = new AttackSpec { Norm = PerturbationNorm.L0, L0Coordinates = 785 } };
        Assert.Equal("attack.l0_coordinates", Assert.Single(Assert.Throws<SpecException>(() => PerturbationLearning.Run<double>(l0)).Problems).Field);
    }
}
