using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>G[n, i] = (c_n a_i) φ'(u_ni) and the bias sums: elementwise in the reference's order, so bit-equal to it on every path.</summary>
public class LeakyReluFactorsTests
{
    public static TheoryData<VectorPath, int, double> Cases
    {
        get
        {
            var data = new TheoryData<VectorPath, int, double>();
            foreach (var path in VectorPaths.Supported)
                foreach (int width in new[] { 0, 1, 7, 8, 9, 100 })
                    foreach (double slope in new[] { 0.0, 0.3 })
                        data.Add(path, width, slope);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BitEqualToTheReferenceLoops(VectorPath path, int width, double slope)
    {
        const int rows = 6;
        var pre = KernelCases.Values(rows * width, 20 + width);
        var readout = KernelCases.Values(width, 21);
        var weights = KernelCases.Values(rows, 22);
        var start = KernelCases.Values(width, 23);
        var factors = new double[rows * width];
        var bias = (double[])start.Clone();
        DoubleProvider.For(path).LeakyReluFactors(pre, width, readout, weights, slope, factors, bias);
        var expectedFactors = new double[rows * width];
        var expectedBias = (double[])start.Clone();
        ReferenceProvider<double>.Instance.LeakyReluFactors(pre, width, readout, weights, slope, expectedFactors, expectedBias);
        Assert.Equal(KernelCases.Bits(expectedFactors), KernelCases.Bits(factors));
        Assert.Equal(KernelCases.Bits(expectedBias), KernelCases.Bits(bias));
        // The reference itself, one element: φ'(u) is 1 at u ≥ 0 (also at -0) and γ below.
        for (int at = 0; at < factors.Length; at++)
        {
            double u = pre[at], expected = weights[at / width] * readout[at % width] * (u >= 0 ? 1 : slope);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(factors[at]));
        }
    }
}
