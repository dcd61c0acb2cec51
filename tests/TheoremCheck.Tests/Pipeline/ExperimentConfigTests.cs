using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class ExperimentConfigTests
{
    [Fact]
    public void Defaults_are_the_canonical_configuration_of_THEORY_6()
    {
        var c = new ExperimentConfig();
        Assert.Equal((DataKind.ShiftedGauss, 100, 1000, 1000, 100), (c.Data, c.Dim, c.Samples, c.TestSamples, c.Width));
        Assert.Equal((0.0, LossKind.Identity, 1.0, 1.0, 1000, 1000), (c.Slope, c.Loss, c.LrF, c.LrG, c.EpochsF, c.EpochsG));
        Assert.Equal((0.9, 0.01, PerturbationNorm.L2, Scenario.A), (c.Momentum, c.Epsilon, c.Norm, c.Scenario));
        Assert.Equal((InitKind.Gaussian, TargetKind.Random, 0, false), (c.Init, c.Targets, c.Seed, c.Exact));
        Assert.Empty(c.Problems());
    }

    [Fact]
    public void Validate_names_the_first_problem()
    {
        var c = new ExperimentConfig { Width = 0, Dim = -1 };
        Assert.Equal(2, c.Problems().Count);
        var error = Assert.Throws<ConfigException>(c.Validate);
        Assert.Equal("--dim", error.Option);
        Assert.StartsWith("--dim must be a positive integer", error.Message);
        Assert.Empty((new ExperimentConfig { Norm = PerturbationNorm.L0, L0K = 100 }).Problems());
        Assert.Single((new ExperimentConfig { Norm = PerturbationNorm.L0, L0K = 101 }).Problems());
        Assert.Empty((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 100, EpochsF = 25, EpochsG = 25 }).Problems());
        Assert.Single((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 101, EpochsF = 25, EpochsG = 25 }).Problems());
        Assert.Single((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 100, EpochsF = 25, EpochsG = 26 }).Problems());
        Assert.Empty((new ExperimentConfig { Slope = 0.999, Momentum = 0, Epsilon = 0, EpochsF = 0, EpochsG = 0 }).Problems());
        Assert.Empty((new ExperimentConfig { Data = DataKind.Orthogonal, Dim = 10, Samples = 10, TestSamples = 10 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Orthogonal, Dim = 10, Samples = 10, TestSamples = 11 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory, PositiveClass = 10 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory, Exact = true, Samples = 2, Width = 2, Dim = 2, EpochsF = 1, EpochsG = 1 }).Problems());
        Assert.Empty((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory }).Problems());
    }
}
