using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Networks;

public class TwoLayerNetworkTests
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

    [Fact]
    public void InputGradientsMatchThePerSampleGradient()
    {
        var network = Initialisation.Create(37, 19, 0.2, InitKind.Gaussian, new Random(10));
        var inputs = TestNetworks.UniformMatrix(23, 19, 11);
        var all = network.InputGradients(inputs);
        for (int n = 0; n < inputs.Rows; n++)
        {
            var one = network.InputGradient(inputs.Row(n));
            for (int j = 0; j < one.Length; j++) Assert.Equal(one[j], all[n, j], 1e-13);
        }
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
