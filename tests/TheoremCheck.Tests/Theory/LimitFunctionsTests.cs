using TheoremCheck.Theory;
using static TheoremCheck.Tests.Theory.LimitTheoryFixture;

namespace TheoremCheck.Tests.Theory;

/// <summary>THEORY §4 objects against the formulas written out with plain loops.</summary>
public class LimitFunctionsTests
{
    [Fact]
    public void Class_features_and_C1_direction_follow_the_formula()
    {
        var limits = new LimitFunctions(X, Y, Slope);
        for (int n = 0; n < X.Rows; n++)
        {
            var v = ClassFeature(n);
            for (int j = 0; j < v.Length; j++) Assert.Equal(v[j], limits.ClassFeature(n)[j], 12);
            var direction = limits.Direction(n);
            for (int j = 0; j < v.Length; j++) Assert.Equal(v[j] / Norm(v), direction[j], 12);
            Assert.Equal(1.0, limits.AbsoluteCosine(n, v.Select(c => -2 * c).ToArray()), 12);
        }
    }

    [Fact]
    public void Cosine_of_orthogonal_opposite_and_zero_vectors()
    {
        Assert.Equal(0.0, LimitFunctions.Cosine([1.0, 0], [0, 3.0]), 15);
        Assert.Equal(-1.0, LimitFunctions.Cosine([1.0, 2], [-2, -4.0]), 15);
        Assert.Equal(0.0, LimitFunctions.Cosine([0.0, 0], [1, 1.0]));
        Assert.Equal(0.6, LimitFunctions.Cosine([3.0, 4], [1, 0.0]), 15);
    }

    [Fact]
    public void F_hat_and_g_hat_follow_the_formulas()
    {
        var limits = new LimitFunctions(X, Y, Slope);
        double fHat = 0, gHat = 0, gHatNormalised = 0;
        for (int n = 0; n < X.Rows; n++)
        {
            fHat += Y[n] * PhiByFormula(X.Row(n), Z) * Dot(X.Row(n), Z) / X.Rows;
            var v = ClassFeature(n);
            gHat += PhiByFormula(R.Row(n), Z) * Dot(v, Z) / X.Rows;
            gHatNormalised += PhiByFormula(R.Row(n), Z) * Dot(v, Z) / Norm(v) / X.Rows;
        }
        Assert.Equal(fHat, limits.FHat(Z), 12);
        Assert.Equal(gHat, limits.GHat(R, Z), 12);
        Assert.Equal(gHatNormalised, limits.GHatNormalised(R, Z), 12);
        Assert.NotEqual(limits.GHat(R, Z), limits.GHatNormalised(R, Z));
        Assert.Throws<ArgumentException>(() => limits.GHat(TestNetworks.RandomMatrix(3, 4, seed: 1), Z));
        Assert.Throws<ArgumentException>(() => new LimitFunctions(X, [1, -1], Slope));
    }

    [Fact]
    public void A_block_of_points_gives_the_values_of_each_point_and_the_kernels_they_come_from()
    {
        var limits = new LimitFunctions(X, Y, Slope);
        var points = TestNetworks.RandomMatrix(6, X.Cols, seed: 36);
        var block = limits.Evaluate(points, R);
        var fOnly = limits.Evaluate(points);
        Assert.Null(fOnly.GHat);
        Assert.Null(fOnly.PerturbationKernel);
        for (int p = 0; p < points.Rows; p++)
        {
            var z = points.Row(p);
            Assert.Equal(limits.FHat(z), block.FHat[p]);
            Assert.Equal(limits.FHat(z), fOnly.FHat[p]);
            Assert.Equal(limits.GHat(R, z), block.GHat![p]);
            Assert.Equal(limits.GHatNormalised(R, z), block.GHatNormalised![p]);
            for (int n = 0; n < X.Rows; n++)
            {
                Assert.Equal(PhiByFormula(X.Row(n), z), block.InputKernel[n, p], 12);
                Assert.Equal(Dot(X.Row(n), z), block.InputProjections[n, p], 12);
                Assert.Equal(PhiByFormula(R.Row(n), z), block.PerturbationKernel![n, p], 12);
                var v = ClassFeature(n);
                Assert.Equal(Dot(v, z) / Norm(v), block.DirectionProjections![n, p], 12);
            }
        }
        Assert.Throws<ArgumentException>(() => limits.Evaluate(TestNetworks.RandomMatrix(2, X.Cols + 1, seed: 1)));
        Assert.Throws<ArgumentException>(() => limits.Evaluate(points, TestNetworks.RandomMatrix(X.Rows, X.Cols + 1, seed: 1)));
    }

    [Fact]
    public void A_zero_class_feature_contributes_nothing_to_the_normalised_g_hat()
    {
        // One sample: v_1 = Φ(x_1, x_1) x_1 / 1 with x_1 = 0 is zero, so ĝ_n has no term to normalise.
        var zero = new TheoremCheck.Numerics.Matrix<double>(1, 3);
        var limits = new LimitFunctions(zero, [1], Slope);
        var r = TestNetworks.RandomMatrix(1, 3, seed: 2);
        Assert.Equal(0, limits.GHatNormalised(r, [1.0, 2, 3]));
        Assert.Equal(0, limits.GHat(r, [1.0, 2, 3]));
    }
}
