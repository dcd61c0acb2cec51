using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>
/// The fused gradient on every path: factors and bias bit-equal to <see cref="ReferenceProvider{T}"/> (same order), the
/// weight gradient bit-equal to the FMA chain over every sample written out here (also where dead neurons are skipped)
/// and within 2γ_N Σ|terms| of the reference's naive product.
/// </summary>
public class LeakyReluGradientTests
{
    /// <summary>Width, dimension, and every how-many-th neuron stays live (0: all live; larger: more dead neurons).</summary>
    public static TheoryData<VectorPath, int, int, int, double> Cases
    {
        get
        {
            var data = new TheoryData<VectorPath, int, int, int, double>();
            foreach (var path in VectorPaths.Supported)
                foreach (var (width, dimension) in new[] { (24, 20), (13, 9), (45, 7), (100, 100), (9, 1) })
                    foreach (int liveEvery in new[] { 0, 3, int.MaxValue })
                        foreach (double slope in new[] { 0.0, 0.2 })
                            data.Add(path, width, dimension, liveEvery, slope);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesTheReferenceAndTheFmaChain(VectorPath path, int width, int dimension, int liveEvery, double slope)
    {
        const int rows = 37;
        var (inputs, pre, readout, weights) = Instance(rows, width, dimension, liveEvery);
        var (factors, bias, gradient) = Run(DoubleProviders.For(path), inputs, dimension, pre, width, readout, weights, slope);
        var (referenceFactors, referenceBias, naive) = Run(ReferenceProvider<double>.Instance, inputs, dimension, pre, width, readout, weights, slope);
        Assert.Equal(KernelCases.Bits(referenceFactors), KernelCases.Bits(factors));
        Assert.Equal(KernelCases.Bits(referenceBias), KernelCases.Bits(bias));
        for (int i = 0; i < width; i++)
            for (int j = 0; j < dimension; j++)
            {
                double chain = 0, absolute = 0;
                for (int n = 0; n < rows; n++)
                {
                    chain = Math.FusedMultiplyAdd(factors[n * width + i], inputs[n * dimension + j], chain);
                    absolute += Math.Abs(factors[n * width + i] * inputs[n * dimension + j]);
                }
                double actual = gradient[i * dimension + j];
                Assert.True(BitConverter.DoubleToInt64Bits(chain) == BitConverter.DoubleToInt64Bits(actual), $"{path}: [{i}, {j}] chain {chain:R}, kernel {actual:R}");
                Assert.True(Math.Abs(actual - naive[i * dimension + j]) <= 2 * KernelCases.Gamma(rows) * absolute);
            }
    }

    [Theory]
    [MemberData(nameof(KernelCases.SupportedPaths), MemberType = typeof(KernelCases))]
    public void AnInfiniteInputReachesTheRowsOfDeadNeuronsAsInTheFullProduct(VectorPath path)
    {
        const int rows = 20, width = 24, dimension = 16;
        var (inputs, pre, readout, weights) = Instance(rows, width, dimension, liveEvery: 4);
        inputs[7 * dimension + 3] = double.PositiveInfinity;
        var (factors, _, gradient) = Run(DoubleProviders.For(path), inputs, dimension, pre, width, readout, weights, 0);
        for (int i = 0; i < width; i++)
        {
            double chain = 0;
            for (int n = 0; n < rows; n++) chain = Math.FusedMultiplyAdd(factors[n * width + i], inputs[n * dimension + 3], chain);
            // Dead neurons: 0·∞ is NaN; live ones: ±∞ or NaN. Either way not the +0 that skipping would give.
            Assert.False(double.IsFinite(gradient[i * dimension + 3]));
            Assert.Equal(double.IsNaN(chain), double.IsNaN(gradient[i * dimension + 3]));
        }
    }

    /// <summary>Neuron i is inactive on every sample unless liveEvery > 0 and i is a multiple of it (liveEvery 0: no forced dead neurons).</summary>
    private static (double[] Inputs, double[] Pre, double[] Readout, double[] Weights) Instance(int rows, int width, int dimension, int liveEvery)
    {
        var inputs = KernelCases.Values(rows * dimension, 50 + dimension);
        var pre = KernelCases.Values(rows * width, 51 + width);
        if (liveEvery > 0)
            for (int i = 0; i < width; i++)
                if (i % liveEvery != 0)
                    for (int n = 0; n < rows; n++) pre[n * width + i] = -0.5 - n;
        return (inputs, pre, KernelCases.Values(width, 52), KernelCases.Values(rows, 53));
    }

    private static (double[] Factors, double[] Bias, double[] Gradient) Run(IComputeProvider<double> provider, double[] inputs, int dimension,
        double[] pre, int width, double[] readout, double[] weights, double slope)
    {
        var factors = new double[weights.Length * width];
        var bias = new double[width];
        Array.Fill(bias, double.NaN);
        var gradient = new double[width * dimension];
        Array.Fill(gradient, double.NaN);
        provider.LeakyReluGradient(inputs, dimension, pre, width, readout, weights, slope, factors, bias, gradient);
        return (factors, bias, gradient);
    }
}
