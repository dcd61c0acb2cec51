using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Tests;

/// <summary>A small exact instance of THEORY §3 (dyadic inputs, identity loss) shared by the exact example tests.</summary>
internal static class ExactTheoryFixture
{
    internal static readonly Matrix<Rational> Inputs = TestNetworks.Dyadic(TestNetworks.RandomMatrix(4, 3, seed: 21));

    internal static readonly int[] Labels = [1, -1, -1, 1];

    internal static readonly Rational Slope = new(1, 4);

    internal static TrainingResult<Rational> Train(TwoLayerNetwork<Rational> network, Rational eta, int steps, Rational momentum,
        Matrix<Rational>? monitored = null) =>
        GradientDescent.Train(network, Inputs, Labels, new TrainingSettings<Rational>(eta, steps, momentum, LossKind.Identity, TrackSpan: true), monitored);
}
