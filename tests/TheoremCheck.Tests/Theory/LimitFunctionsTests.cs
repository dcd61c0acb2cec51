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
}
