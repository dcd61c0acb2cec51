using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>
/// Σ_i a_i φ(u_i) on every supported path: bit for bit against the documented order written out here (eight lanes by
/// i mod 8, one FMA per term, then ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7))), and within 2γ_width Σ|a_i φ(u_i)|
/// of the naive loop of <see cref="ReferenceProvider{T}"/>, which adds in index order.
/// </summary>
public class LeakyReluReadoutTests
{
    public static TheoryData<VectorPath, int, double> Cases => KernelCases.OnEveryPath([0, 1, 7, 8, 9, 63, 64, 100, 129], [0.0, 0.25]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheLaneOrderBitForBitAndTheNaiveSumWithinItsBound(VectorPath path, int width, double slope)
    {
        const int rows = 5;
        var pre = KernelCases.Values(rows * width, 10 + width);
        var readout = KernelCases.Values(width, 11 + width);
        var outputs = new double[rows];
        DoubleProviders.For(path).LeakyReluReadouts(pre, width, readout, slope, outputs);
        var naive = new double[rows];
        ReferenceProvider<double>.Instance.LeakyReluReadouts(pre, width, readout, slope, naive);
        for (int n = 0; n < rows; n++)
        {
            var lanes = new double[8];
            double absolute = 0;
            for (int i = 0; i < width; i++)
            {
                double u = pre[n * width + i], value = u >= 0 ? u : slope * u;
                lanes[i % 8] = Math.FusedMultiplyAdd(readout[i], value, lanes[i % 8]);
                absolute += Math.Abs(readout[i] * value);
            }
            double expected = ((lanes[0] + lanes[4]) + (lanes[2] + lanes[6])) + ((lanes[1] + lanes[5]) + (lanes[3] + lanes[7]));
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(outputs[n]),
                $"{path} row {n}: lane order {expected:R}, kernel {outputs[n]:R}");
            double bound = 2 * KernelCases.Gamma(width) * absolute;
            Assert.True(Math.Abs(outputs[n] - naive[n]) <= bound, $"{path} row {n}: kernel {outputs[n]:R}, naive {naive[n]:R}, bound {bound:R}");
        }
    }
}
