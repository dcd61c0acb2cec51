using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class ExactArithmeticTests
{
    private static readonly ExperimentSpec Small = new()
    {
        Data = new DataSpec { Dimension = 100, Samples = 4 },
        Network = new NetworkSpec { Width = 50 },
        Training = new TrainingSpec { EpochsF = 25, EpochsG = 25 },
    };

    [Fact]
    public void Exact_runs_are_small_synthetic_and_use_the_identity_loss()
    {
        Assert.Empty(ExactArithmetic.Problems(Small));
        Assert.Single(ExactArithmetic.Problems(Small with { Data = Small.Data with { Dimension = 101 } }));
        Assert.Single(ExactArithmetic.Problems(Small with { Training = Small.Training with { EpochsG = 26 } }));
        Assert.Equal("training.loss", Assert.Single(ExactArithmetic.Problems(Small with { Training = Small.Training with { Loss = LossKind.Logistic } })).Field);
        var image = Small with { Data = Small.Data with { Kind = DataKind.Mnist, Directory = RepositoryPaths.MnistDirectory, Dimension = 2 } };
        Assert.Equal(ExactArithmetic.Field, Assert.Single(ExactArithmetic.Problems(image)).Field);
    }

    [Fact]
    public void Only_the_L2_attack_is_replaced_by_its_direction_at_Linf_length_epsilon()
    {
        Assert.Equal(PerturbationNorm.ScaledLinf, ExactArithmetic.Attack(PerturbationNorm.L2));
        foreach (var norm in new[] { PerturbationNorm.Linf, PerturbationNorm.L0, PerturbationNorm.ScaledLinf, PerturbationNorm.None })
            Assert.Equal(norm, ExactArithmetic.Attack(norm));
    }
}
