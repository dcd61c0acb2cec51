using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class ExperimentSpecTests
{
    [Fact]
    public void Defaults_are_the_canonical_configuration_of_THEORY_6()
    {
        var s = new ExperimentSpec();
        Assert.Equal((DataKind.ShiftedGauss, 100, 1000, 1000), (s.Data.Kind, s.Data.Dimension, s.Data.Samples, s.Data.TestSamples));
        Assert.Equal((100, 0.0, InitKind.Gaussian), (s.Network.Width, s.Network.Slope, s.Network.Init));
        Assert.Equal((LossKind.Identity, 1.0, 1.0, 1000, 1000, 0.9),
            (s.Training.Loss, s.Training.LearningRateF, s.Training.LearningRateG, s.Training.EpochsF, s.Training.EpochsG, s.Training.Momentum));
        Assert.Equal((0.01, PerturbationNorm.L2, TargetKind.Random, Scenario.A), (s.Attack.Epsilon, s.Attack.Norm, s.Attack.Targets, s.Attack.Scenario));
        Assert.Equal(0, s.Seed);
        Assert.Empty(s.Problems());
    }

    [Fact]
    public void Problems_of_every_section_are_collected_with_their_fields()
    {
        var s = new ExperimentSpec
        {
            Data = new DataSpec { Dimension = -1 },
            Network = new NetworkSpec { Width = 0 },
            Training = new TrainingSpec { Momentum = 1 },
            Attack = new AttackSpec { Epsilon = -1 },
        };
        Assert.Equal(["data.dimension", "network.width", "training.momentum", "attack.epsilon"], s.Problems().Select(p => p.Field));
        var error = Assert.Throws<SpecException>(s.Validate);
        Assert.Equal(4, error.Problems.Count);
        Assert.Equal("data.dimension must be a positive integer, got -1", error.Message);
    }

    [Theory]
    [InlineData(100, 100, true)]
    [InlineData(100, 101, false)]
    [InlineData(5, 6, false)]
    public void The_l0_attack_changes_at_most_d_coordinates(int dimension, int k, bool valid)
    {
        var s = new ExperimentSpec { Data = new DataSpec { Dimension = dimension }, Attack = new AttackSpec { Norm = PerturbationNorm.L0, L0Coordinates = k } };
        Assert.Equal(valid, s.Problems().Count == 0);
        if (!valid) Assert.Equal("attack.l0_coordinates", Assert.Single(s.Problems()).Field);
        // Other attacks ignore k, and image data fix d only when loaded (the pipeline checks again then).
        Assert.Empty((s with { Attack = s.Attack with { Norm = PerturbationNorm.L2 } }).Problems());
    }
}
