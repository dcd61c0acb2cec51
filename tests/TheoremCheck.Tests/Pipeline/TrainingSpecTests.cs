using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class TrainingSpecTests
{
    [Fact]
    public void Rates_are_positive_epochs_non_negative_and_momentum_in_0_1()
    {
        Assert.Empty(new TrainingSpec { EpochsF = 0, EpochsG = 0, Momentum = 0 }.Problems());
        var bad = new TrainingSpec { LearningRateF = 0, LearningRateG = double.PositiveInfinity, EpochsF = -1, EpochsG = -2, Momentum = 1 };
        Assert.Equal(["training.momentum", "training.learning_rate_f", "training.learning_rate_g", "training.epochs_f", "training.epochs_g"],
            bad.Problems().Select(p => p.Field));
    }
}
