using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Tests;

public class NetworkTests
{
    [Fact]
    public void Output_is_the_readout_weighted_sum_of_leaky_relus()
    {
        var network = new TwoLayerNetwork<Rational>(
            new Matrix<Rational>(2, 2, [1, 2, -1, 0]), [new Rational(-1, 2), 1], [3, -2], new Rational(1, 4));
        Rational[] z = [1, 1];
        // Neuron 1: 1 + 2 - 1/2 = 5/2 (active). Neuron 2: -1 + 1 = 0 (active, φ(0) = 0).
        Assert.Equal(new Rational(15, 2), network.Output(z));
        Rational[] z2 = [-1, 0];
        // Neuron 1: -1 - 1/2 = -3/2 → γ(-3/2) = -3/8; neuron 2: 1 + 1 = 2.  3(-3/8) - 2·2 = -41/8.
        Assert.Equal(new Rational(-41, 8), network.Output(z2));
        Assert.Equal([false, true], network.Pattern(z2));
        Assert.Equal([true, true], network.Pattern(z));
        Assert.Equal([new Rational(1, 4), Rational.One], network.Derivatives(z2));
        var batch = network.Outputs(Matrix<Rational>.FromRows([z, z2]));
        Assert.Equal([new Rational(15, 2), new Rational(-41, 8)], batch);
    }

    [Fact]
    public void Leaky_relu_derivative_at_zero_is_one()
    {
        Assert.Equal(1.0, LeakyRelu.Derivative(0.0, 0.3));
        Assert.Equal(0.3, LeakyRelu.Derivative(-1e-300, 0.3));
        Assert.Equal(-0.6, LeakyRelu.Value(-2.0, 0.3), 15);
        Assert.Equal(2.0, LeakyRelu.Value(2.0, 0.3));
        Assert.True(LeakyRelu.IsActive(0.0));
        Assert.False(LeakyRelu.IsActive(-1e-300));
    }

    [Fact]
    public void Input_gradient_matches_central_differences()
    {
        var network = TestNetworks.Gaussian(30, 6, 0.2, seed: 1);
        var z = TestNetworks.RandomMatrix(1, 6, seed: 9).RowArray(0);
        var gradient = network.InputGradient(z);
        const double h = 1e-6;
        for (int j = 0; j < z.Length; j++)
        {
            var plus = (double[])z.Clone(); plus[j] += h;
            var minus = (double[])z.Clone(); minus[j] -= h;
            double numeric = (network.Output(plus) - network.Output(minus)) / (2 * h);
            // Central differences are O(h²) accurate away from kinks; no preactivation is within h of 0 here.
            Assert.Equal(numeric, gradient[j], 6);
        }
    }

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
    public void Gaussian_initialisation_has_the_stated_variances()
    {
        // w ~ N(0, I/d), b ~ N(0, 1), a ~ N(0, 1/m): sample variances within 5 standard errors.
        const int m = 4000, d = 50;
        var network = TestNetworks.Gaussian(m, d, 0, seed: 6);
        double varW = network.Weights.Data.Select(w => w * w).Average();
        double varB = network.Bias.Select(b => b * b).Average();
        double varA = network.Readout.Select(a => a * a).Average();
        Assert.InRange(varW * d, 1 - 5 * Math.Sqrt(2.0 / (m * d)), 1 + 5 * Math.Sqrt(2.0 / (m * d)));
        Assert.InRange(varB, 1 - 5 * Math.Sqrt(2.0 / m), 1 + 5 * Math.Sqrt(2.0 / m));
        Assert.InRange(varA * m, 1 - 5 * Math.Sqrt(2.0 / m), 1 + 5 * Math.Sqrt(2.0 / m));
    }

    [Fact]
    public void Symmetric_initialisation_pairs_neurons_and_starts_at_zero()
    {
        var network = Initialisation.Create(6, 3, 0.25, InitKind.Symmetric, Seeding.Stream(1, "sym"));
        for (int i = 0; i < 6; i += 2)
        {
            Assert.Equal(network.Weights.RowArray(i), network.Weights.RowArray(i + 1));
            Assert.Equal(network.Bias[i], network.Bias[i + 1]);
            Assert.Equal(-network.Readout[i], network.Readout[i + 1]);
        }
        Assert.Equal(0.0, network.Output([0.3, -1.2, 2.0]));
        Assert.Throws<ArgumentException>(() => Initialisation.Create(5, 3, 0.0, InitKind.Symmetric, new Random(1)));
    }

    [Fact]
    public void Exact_initialisation_lies_on_the_dyadic_grid()
    {
        var network = TestNetworks.Exact(4, 3, Rational.Zero, seed: 1);
        foreach (var w in network.Weights.Data.Concat(network.Bias).Concat(network.Readout))
            Assert.True(w.Denominator <= 1 << Initialisation.GridBits && (1 << Initialisation.GridBits) % (int)w.Denominator == 0);
        Assert.Equal(0.125, Initialisation.RoundToGrid(0.13));
    }

    [Fact]
    public void Grid_rounding_is_asked_for_not_implied_by_the_number_type()
    {
        var asDrawn = Initialisation.Create<double>(4, 3, 0, InitKind.Gaussian, Seeding.Stream(1, "grid"));
        var exactAsDrawn = Initialisation.Create<Rational>(4, 3, 0, InitKind.Gaussian, Seeding.Stream(1, "grid"));
        var exactOnGrid = Initialisation.Create<Rational>(4, 3, 0, InitKind.Gaussian, Seeding.Stream(1, "grid"), roundToGrid: true);
        var doubleOnGrid = Initialisation.Create<double>(4, 3, 0, InitKind.Gaussian, Seeding.Stream(1, "grid"), roundToGrid: true);
        Assert.Equal(asDrawn.Weights.Data.Select(Rational.FromDouble), exactAsDrawn.Weights.Data);
        Assert.Equal(asDrawn.Readout.Select(Rational.FromDouble), exactAsDrawn.Readout);
        Assert.Equal(asDrawn.Weights.Data.Select(w => Rational.FromDouble(Initialisation.RoundToGrid(w))), exactOnGrid.Weights.Data);
        Assert.Equal(asDrawn.Bias.Select(Initialisation.RoundToGrid), doubleOnGrid.Bias);
        Assert.Contains(exactAsDrawn.Weights.Data, w => w.Denominator > 1 << Initialisation.GridBits);
    }

    [Fact]
    public void Shapes_are_checked()
    {
        var network = TestNetworks.Gaussian(3, 2, 0, seed: 1);
        Assert.Throws<ArgumentException>(() => network.Output([1.0, 2.0, 3.0]));
        Assert.Throws<ArgumentException>(() => new TwoLayerNetwork<double>(new Matrix<double>(2, 2), [0.0], [0.0, 0.0], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Initialisation.Create(-1, 2, 0.0, InitKind.Gaussian, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Initialisation.Create(2, 0, 0.0, InitKind.Gaussian, new Random(1)));
    }
}
