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

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    public void TrainingIsBitIdenticalOnEveryVectorPathChosenByConfiguration(double slope)
    {
        // Perturbation-sized inputs (norm 0.01) leave the bias to decide each pattern, so with γ = 0 many neurons are
        // dead and the gradient skips them; width 45 and dimension 37 leave ragged tiles, lane blocks and bit words.
        var data = SyntheticData.Sample(DataKind.Gauss, 90, 37, new Random(21));
        var inputs = data.Inputs.Map(x => 0.01 * x);
        var network = Initialisation.Create(45, 37, slope, InitKind.Gaussian, new Random(22));
        var settings = new TrainingSettings<double>(0.5, 12, 0.9, LossKind.Logistic);
        var saved = VectorPaths.Current;
        try
        {
            TrainingResult<double>? first = null;
            foreach (var path in VectorPaths.Supported)
            {
                VectorPaths.Current = path;
                var result = GradientDescent.Train(network, inputs, data.Labels, settings, monitoredPoints: data.Inputs);
                first ??= result;
                Assert.Equal(Bits(first.Network.Weights.Data), Bits(result.Network.Weights.Data));
                Assert.Equal(Bits(first.Network.Bias), Bits(result.Network.Bias));
                Assert.Equal(first.EverFlipped, result.EverFlipped);
                Assert.Equal(first.FlippedShare, result.FlippedShare);
            }
        }
        finally
        {
            VectorPaths.Current = saved;
        }
    }

    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);
}
