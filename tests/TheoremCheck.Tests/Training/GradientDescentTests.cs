using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;
using static TheoremCheck.Tests.ExactTheoryFixture;

namespace TheoremCheck.Tests.Training;

public class GradientDescentTests
{
    [Theory]
    [InlineData(LossKind.Identity)]
    [InlineData(LossKind.Logistic)]
    [InlineData(LossKind.Exponential)]
    public void One_gradient_step_moves_weights_against_the_loss_gradient(LossKind loss)
    {
        // Finite differences of L = (1/N) Σ ℓ(-y f(x)) in each weight and bias against the GD step / η.
        var network = TestNetworks.Gaussian(5, 3, 0.1, seed: 2);
        var inputs = TestNetworks.RandomMatrix(4, 3, seed: 3);
        var labels = TestNetworks.AlternatingLabels(4);
        const double eta = 1e-3;
        var step = GradientDescent.Train(network, inputs, labels, new TrainingSettings<double>(eta, 1, 0, loss)).Network;

        double LossOf(TwoLayerNetwork<double> net) =>
            net.Outputs(inputs).Select((f, n) => Loss.Value(loss, -labels[n] * f)).Average();

        const double h = 1e-6;
        for (int i = 0; i < network.Width; i++)
        {
            for (int j = 0; j < network.Dimension; j++)
            {
                double numeric = (LossOf(Perturbed(network, i, j, h)) - LossOf(Perturbed(network, i, j, -h))) / (2 * h);
                Assert.Equal(-numeric, (step.Weights[i, j] - network.Weights[i, j]) / eta, 5);
            }
            double numericBias = (LossOf(Perturbed(network, i, -1, h)) - LossOf(Perturbed(network, i, -1, -h))) / (2 * h);
            Assert.Equal(-numericBias, (step.Bias[i] - network.Bias[i]) / eta, 5);
        }
    }

    private static TwoLayerNetwork<double> Perturbed(TwoLayerNetwork<double> network, int neuron, int coordinate, double h)
    {
        var weights = network.Weights.Clone();
        var bias = (double[])network.Bias.Clone();
        if (coordinate < 0) bias[neuron] += h; else weights[neuron, coordinate] += h;
        return network.WithFirstLayer(weights, bias);
    }

    [Fact]
    public void E1_weight_change_is_the_tracked_combination_of_samples()
    {
        var initial = TestNetworks.Exact(5, 3, Slope, seed: 3);
        var result = Train(initial, new Rational(1, 2), 4, new Rational(9, 10));
        var alpha = result.SpanCoefficients!;
        for (int i = 0; i < initial.Width; i++)
        {
            var combination = new Rational[3];
            for (int n = 0; n < Inputs.Rows; n++) MatrixProducts<Rational>.AddScaled(combination, alpha[i, n], Inputs.Row(n));
            for (int j = 0; j < 3; j++)
                Assert.Equal(result.Network.Weights[i, j] - initial.Weights[i, j], combination[j]);
        }
        Assert.Contains(alpha.Data, a => !a.IsZero);
    }

    [Fact]
    public void TrainingIsBitIdenticalWithOneAndTwoThreads()
    {
        // Large enough that every product of a step is split across threads.
        var data = SyntheticData.Sample(DataKind.ShiftedGauss, 300, 70, new Random(12));
        var network = Initialisation.Create(65, 70, 0.1, InitKind.Gaussian, new Random(13));
        var settings = new TrainingSettings<double>(0.5, 15, 0.9, LossKind.Logistic);
        int saved = Parallelism.MaxThreads;
        try
        {
            Parallelism.MaxThreads = 1;
            var one = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            Parallelism.MaxThreads = 2;
            var two = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            var again = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            foreach (var other in new[] { two, again })
            {
                Assert.Equal(Bits(one.Network.Weights.Data), Bits(other.Network.Weights.Data));
                Assert.Equal(Bits(one.Network.Bias), Bits(other.Network.Bias));

                Assert.Equal(one.EverFlipped, other.EverFlipped);
            }
        }
        finally
        {
            Parallelism.MaxThreads = saved;
        }
    }

    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);
}
