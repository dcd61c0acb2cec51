using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Theory;
using static TheoremCheck.Tests.Theory.LimitTheoryFixture;

namespace TheoremCheck.Tests.Theory;

public class ArcCosineKernelTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    public void Closed_form_phi_matches_Monte_Carlo(double slope)
    {
        // φ'φ' lies in [γ², 1], so one sample has standard deviation at most 1/2: with S = 40000
        // samples the estimate's deviation is at most 0.0025, and 5 deviations (p < 6e-7) is 0.0125.
        const int samples = 40_000;
        const double bound = 5 * 0.5 / 200;
        var points = TestNetworks.RandomMatrix(6, 5, seed: 11);
        var rng = Seeding.Stream(3, "phi-mc");
        for (int p = 0; p < 3; p++)
        {
            var x = points.Row(2 * p);
            var z = points.Row(2 * p + 1);
            double exact = ArcCosineKernel.Phi(x, z, slope);
            double estimate = ArcCosineKernel.PhiMonteCarlo(x, z, slope, samples, rng);
            Assert.InRange(estimate - exact, -bound, bound);
        }
    }

    [Fact]
    public void Phi_of_a_point_with_itself_is_the_second_moment_of_the_derivative()
    {
        var x = TestNetworks.RandomMatrix(1, 7, seed: 2).RowArray(0);
        foreach (double slope in new[] { 0.0, 0.3, 0.9 })
            Assert.Equal((1 + slope * slope) / 2, ArcCosineKernel.Phi(x, x, slope), 12);
    }

    [Fact]
    public void Phi_closed_form_at_known_correlations()
    {
        // ρ = 0: independent preactivations, Φ = E[φ']² = ((1+γ)/2)²; ρ = -1: opposite signs, Φ = γ.
        Assert.Equal(0.25, ArcCosineKernel.PhiOfCorrelation(0, 0), 15);
        Assert.Equal(Math.Pow(1.5 / 2, 2), ArcCosineKernel.PhiOfCorrelation(0, 0.5), 15);
        Assert.Equal(0.5, ArcCosineKernel.PhiOfCorrelation(-1, 0.5), 15);
        Assert.Equal(0.0, ArcCosineKernel.PhiOfCorrelation(-1, 0), 15);
        Assert.Equal((1 + 0.25) / 2, ArcCosineKernel.PhiOfCorrelation(1, 0.5), 15);
    }

    [Fact]
    public void Correlation_uses_bias_augmented_inner_products()
    {
        double[] x = [2, 0], z = [0, 2];
        // (0/2 + 1) / sqrt((4/2 + 1)(4/2 + 1)) = 1/3
        Assert.Equal(1.0 / 3, ArcCosineKernel.Correlation(x, z), 15);
        double[] a = [1, 1], b = [-1, -1];
        // (-2/2 + 1)/... = 0
        Assert.Equal(0.0, ArcCosineKernel.Correlation(a, b), 15);
        Assert.Throws<ArgumentException>(() => ArcCosineKernel.Correlation(x, new double[3]));
    }

    [Fact]
    public void Phi_stays_within_its_bounds()
    {
        var points = TestNetworks.RandomMatrix(20, 3, seed: 5, scale: 4);
        foreach (double slope in new[] { 0.0, 0.2, 0.7 })
            for (int p = 0; p < 20; p++)
                for (int q = 0; q < 20; q++)
                {
                    double phi = ArcCosineKernel.Phi(points.Row(p), points.Row(q), slope);
                    Assert.InRange(phi, slope - 1e-15, (1 + slope * slope) / 2 + 1e-15);
                }
    }

    [Fact]
    public void Finite_width_kernel_concentrates_on_phi()
    {
        // K - Φ has standard deviation at most √(3/m) (THEORY §5); 5 deviations at m = 20000.
        var points = TestNetworks.RandomMatrix(2, 10, seed: 8);
        var network = TestNetworks.Gaussian(20_000, 10, 0.25, seed: 4);
        double k = ArcCosineKernel.FiniteWidth(network, points.Row(0), points.Row(1));
        double phi = ArcCosineKernel.Phi(points.Row(0), points.Row(1), 0.25);
        Assert.InRange(k - phi, -5 * Math.Sqrt(3.0 / 20_000), 5 * Math.Sqrt(3.0 / 20_000));
    }

    [Fact]
    public void Finite_width_kernel_sums_squared_readouts_where_both_are_active()
    {
        var network = new TwoLayerNetwork<Rational>(
            new Matrix<Rational>(3, 1, [1, -1, 1]), [0, 0, -2], [new Rational(1, 2), 3, new Rational(-1, 4)], new Rational(1, 4));
        Rational[] x = [1], z = [3];
        // Neuron 1: active at both (1/4). Neuron 2: inactive at both (γ² · 9 = 9/16). Neuron 3: x inactive, z active (γ · 1/16).
        var expected = new Rational(1, 4) + new Rational(9, 16) + new Rational(1, 4) * new Rational(1, 16);
        Assert.Equal(expected, ArcCosineKernel.FiniteWidth(network, x, z));
    }

    [Fact]
    public void Monte_Carlo_rejects_no_samples() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArcCosineKernel.PhiMonteCarlo([1.0], [1.0], 0, 0, new Random(1)));

    [Fact]
    public void Gram_matrix_of_phi_is_exact_on_its_diagonal_and_matches_pairwise_phi()
    {
        var points = TestNetworks.RandomMatrix(40, 30, seed: 35, scale: 3);
        var gram = ArcCosineKernel.PhiMatrix(points, points, Slope);
        for (int p = 0; p < points.Rows; p++)
        {
            // ρ(x, x) = 1 exactly; an off-by-one-ulp ρ would put Φ off by about 1e-9 (arcsin' is infinite at 1).
            Assert.Equal((1 + Slope * Slope) / 2, gram[p, p], 15);
            for (int q = 0; q < points.Rows; q++) Assert.Equal(ArcCosineKernel.Phi(points.Row(p), points.Row(q), Slope), gram[p, q], 12);
        }
        var other = ArcCosineKernel.PhiMatrix(points, TestNetworks.RandomMatrix(3, 30, seed: 36), 0);
        Assert.Equal((40, 3), (other.Rows, other.Cols));
        Assert.Equal(ArcCosineKernel.Phi(points.Row(5), TestNetworks.RandomMatrix(3, 30, seed: 36).Row(2), 0), other[5, 2], 12);
    }
}
