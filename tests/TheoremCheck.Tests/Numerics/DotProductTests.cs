using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>
/// Σ_i x_i y_i and Σ_i x_i on every supported path: bit for bit against the lane order written out here (term i into
/// lane i mod 8 in increasing i, then ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7))), and within 2γ_n Σ|terms| of the
/// naive loops of <see cref="ReferenceProvider{T}"/>, which add in index order.
/// </summary>
public class DotProductTests
{
    public static TheoryData<VectorPath, int> Cases => KernelCases.OnEveryPath(0, 1, 7, 8, 9, 15, 16, 17, 100, 784);

    [Theory]
    [MemberData(nameof(Cases))]
    public void DotFollowsTheLaneOrderAndStaysWithinTheBoundOfTheNaiveLoop(VectorPath path, int length)
    {
        var x = KernelCases.Values(length, 70 + length);
        var y = KernelCases.Values(length, 71 + length);
        var lanes = new double[8];
        double absolute = 0;
        for (int i = 0; i < length; i++)
        {
            lanes[i % 8] = Math.FusedMultiplyAdd(x[i], y[i], lanes[i % 8]);
            absolute += Math.Abs(x[i] * y[i]);
        }
        double expected = Tree(lanes), actual = DoubleProviders.For(path).Dot(x, y);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        Assert.True(Math.Abs(actual - ReferenceProvider<double>.Instance.Dot(x, y)) <= 2 * KernelCases.Gamma(length) * absolute);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SumFollowsTheLaneOrderAndStaysWithinTheBoundOfTheNaiveLoop(VectorPath path, int length)
    {
        var x = KernelCases.Values(length, 72 + length);
        var lanes = new double[8];
        double absolute = 0;
        for (int i = 0; i < length; i++)
        {
            lanes[i % 8] += x[i];
            absolute += Math.Abs(x[i]);
        }
        double expected = Tree(lanes), actual = DoubleProviders.For(path).Sum(x);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        Assert.True(Math.Abs(actual - ReferenceProvider<double>.Instance.Sum(x)) <= 2 * KernelCases.Gamma(length) * absolute);
    }

    [Theory]
    [MemberData(nameof(KernelCases.SupportedPaths), MemberType = typeof(KernelCases))]
    public void TheLaneTreeIsNotTheIndexOrder(VectorPath path)
    {
        // Lanes l0 = 2⁵³, l1 = l2 = l4 = l6 = 1. Tree: ((2⁵³ + 1) + (1 + 1)) + ((1 + 0) + 0) = (2⁵³ + 2) + 1 = 2⁵³ + 4
        // (ties to even at spacing 2); index order adds each 1 to 2⁵³ alone and every tie rounds back to 2⁵³.
        double big = 9007199254740992.0;
        var x = new double[16];
        x[0] = big; x[2] = 1; x[4] = 1; x[6] = 1; x[9] = 1;
        var lanes = new double[8];
        for (int i = 0; i < x.Length; i++) lanes[i % 8] += x[i];
        double tree = Tree(lanes), indexOrder = 0;
        foreach (double v in x) indexOrder += v;
        Assert.Equal(big, indexOrder);
        Assert.Equal(big + 4, tree);
        Assert.Equal(tree, DoubleProviders.For(path).Sum(x));
        Assert.Equal(tree, DoubleProviders.For(path).Dot(x, Enumerable.Repeat(1.0, x.Length).ToArray()));
    }

    [Theory]
    [MemberData(nameof(KernelCases.SupportedPaths), MemberType = typeof(KernelCases))]
    public void NaNAndInfinityReachTheResult(VectorPath path)
    {
        var x = KernelCases.Values(20, 73);
        x[11] = double.PositiveInfinity;
        Assert.Equal(double.PositiveInfinity, DoubleProviders.For(path).Sum(x));
        x[3] = double.NaN;
        Assert.True(double.IsNaN(DoubleProviders.For(path).Dot(x, KernelCases.Values(20, 74))));
    }

    [Fact]
    public void MatrixProductsRouteThroughTheCurrentPathAndCheckLengths()
    {
        var x = KernelCases.Values(37, 75);
        var y = KernelCases.Values(37, 76);
        Assert.Equal(DoubleProviders.For(VectorPaths.Current).Dot(x, y), MatrixProducts<double>.Dot(x, y));
        Assert.Equal(DoubleProviders.For(VectorPaths.Current).Sum(x), MatrixProducts<double>.Sum(x));
        Assert.Equal((Rational)7, MatrixProducts<Rational>.Dot([1, 2], [3, 2]));
        Assert.Equal(new Rational(5, 6), MatrixProducts<Rational>.Sum([new Rational(1, 2), new Rational(1, 3)]));
        Assert.Equal("Vector lengths differ: 2 and 1.", Assert.Throws<ArgumentException>(() => MatrixProducts<double>.Dot([1.0, 2], [1.0])).Message);
    }

    private static double Tree(double[] l) => ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
}
