using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>G[n, i] = (c_n a_i) φ'(u_ni), the bias sums and the live columns: elementwise, so bit-equal on every path to the loop written here.</summary>
public class LeakyReluFactorsTests
{
    // Widths cover the four-block groups (32), a single block after them (45 = 32 + 8 + 5) and the scalar tail.
    public static TheoryData<VectorPath, int, double> Cases => KernelCases.OnEveryPath([0, 1, 7, 8, 9, 32, 45, 100], [0.0, 0.3]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BitEqualToTheLoopsAndLiveWhereAFactorIsNotZero(VectorPath path, int width, double slope)
    {
        const int rows = 6;
        var pre = KernelCases.Values(rows * width, 20 + width);
        // Column 2 inactive on every sample: with γ = 0 all its factors are ±0.
        for (int n = 0; n < rows && width > 2; n++) pre[n * width + 2] = -1 - n;
        var readout = KernelCases.Values(width, 21);
        var weights = KernelCases.Values(rows, 22);
        var factors = new double[rows * width];
        var bias = KernelCases.Values(width, 23);
        var live = new bool[width];
        RunFactors(path, pre, width, readout, weights, slope, factors, bias, live);
        for (int i = 0; i < width; i++)
        {
            double sum = 0;
            bool nonZero = false;
            for (int n = 0; n < rows; n++)
            {
                double u = pre[n * width + i], expected = weights[n] * readout[i] * (u >= 0 ? 1 : slope);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(factors[n * width + i]));
                sum += expected;
                nonZero |= expected != 0;
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(sum), BitConverter.DoubleToInt64Bits(bias[i]));
            Assert.Equal(nonZero, live[i]);
        }
        if (width > 2) Assert.Equal(slope != 0 && readout[2] != 0, live[2]);
    }

    private static void RunFactors(VectorPath path, double[] pre, int width, double[] readout, double[] weights, double slope,
        double[] factors, double[] bias, bool[] live)
    {
        switch (path)
        {
            case VectorPath.Vector512: LeakyReluFactors<LaneBlock512>.Run(pre, width, readout, weights, slope, factors, bias, live); break;
            case VectorPath.Vector256: LeakyReluFactors<LaneBlock256>.Run(pre, width, readout, weights, slope, factors, bias, live); break;
            case VectorPath.Vector128: LeakyReluFactors<LaneBlock128>.Run(pre, width, readout, weights, slope, factors, bias, live); break;
            default: LeakyReluFactors<LaneBlockScalar>.Run(pre, width, readout, weights, slope, factors, bias, live); break;
        }
    }
}
