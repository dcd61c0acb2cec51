using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Networks;

public class InitialisationTests
{
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
}
