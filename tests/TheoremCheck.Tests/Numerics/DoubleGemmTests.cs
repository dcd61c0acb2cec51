using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>
/// The double product on every supported path against two references: bit for bit against the FMA chain written
/// out here (the order the kernel documents), and within 2γ_(depth+1) Σ|terms| of the naive loop of
/// <see cref="ReferenceProvider{T}"/> (one rounding per multiply and per add, KernelCases.Gamma).
/// </summary>
public class DoubleGemmTests
{
    /// <summary>Rows, columns, depth: both tiles' edges (4 and 8 rows; 8 and 24 columns), the depth block (256), 0 and 1.</summary>
    public static TheoryData<VectorPath, int, int, int> Cases
    {
        get
        {
            var data = new TheoryData<VectorPath, int, int, int>();
            (int, int, int)[] shapes =
            [
                (1, 1, 1), (3, 5, 2), (7, 17, 63), (8, 24, 1), (9, 25, 9), (17, 65, 7), (63, 7, 65), (65, 63, 17),
                (12, 33, 257), (100, 100, 100), (33, 48, 513), (130, 1, 300), (5, 3, 0), (4, 8, 256),
            ];
            foreach (var path in VectorPaths.Supported)
                foreach (var (rows, cols, depth) in shapes) data.Add(path, rows, cols, depth);
            return data;
        }
    }

    private enum Layout { ATransposedB, GTransposedX, AB }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SamplesTimesNeuronsTransposedWithBias(VectorPath path, int rows, int cols, int depth) =>
        Check(path, Layout.ATransposedB, rows, cols, depth);

    [Theory]
    [MemberData(nameof(Cases))]
    public void FactorsTransposedTimesSamples(VectorPath path, int rows, int cols, int depth) =>
        Check(path, Layout.GTransposedX, rows, cols, depth);

    [Theory]
    [MemberData(nameof(Cases))]
    public void CoefficientsTimesWeights(VectorPath path, int rows, int cols, int depth) =>
        Check(path, Layout.AB, rows, cols, depth);

    private static void Check(VectorPath path, Layout layout, int rows, int cols, int depth)
    {
        // The three strides of MatrixProducts: X Wᵀ + b (W read as Wᵀ), Gᵀ X (G read down its columns), D W (both in place).
        var (aRowStride, aDepthStride, bDepthStride, bColStride) = layout switch
        {
            Layout.ATransposedB => (depth, 1, 1, depth),
            Layout.GTransposedX => (1, rows, cols, 1),
            _ => (depth, 1, cols, 1),
        };
        var a = KernelCases.Values(rows * depth, 1 + rows);
        var b = KernelCases.Values(depth * cols, 2 + cols);
        var init = layout == Layout.ATransposedB ? KernelCases.Values(cols, 3) : [];
        var c = Fill(rows * cols, double.NaN);
        DoubleProviders.For(path).Multiply(rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, c, cols, init);
        var naive = new double[rows * cols];
        ReferenceProvider<double>.Instance.Multiply(rows, cols, depth, a, aRowStride, aDepthStride, b, bDepthStride, bColStride, naive, cols, init);

        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                double start = init.Length == 0 ? 0 : init[j], chain = start, absolute = Math.Abs(start);
                for (int k = 0; k < depth; k++)
                {
                    double x = a[r * aRowStride + k * aDepthStride], y = b[k * bDepthStride + j * bColStride];
                    chain = Math.FusedMultiplyAdd(x, y, chain);
                    absolute += Math.Abs(x * y);
                }
                double actual = c[r * cols + j];
                Assert.True(BitConverter.DoubleToInt64Bits(chain) == BitConverter.DoubleToInt64Bits(actual),
                    $"{path} {layout} C[{r}, {j}]: FMA chain {chain:R}, kernel {actual:R}");
                double bound = 2 * KernelCases.Gamma(depth + 1) * absolute;
                Assert.True(Math.Abs(actual - naive[r * cols + j]) <= bound,
                    $"{path} {layout} C[{r}, {j}]: kernel {actual:R}, naive loop {naive[r * cols + j]:R}, bound {bound:R}");
            }
    }

    [Fact]
    public void BitsDoNotDependOnTheThreadCountOrTheBlockGrid()
    {
        // 300 · 70 · 65 multiply-adds is above the parallel threshold; each thread count gives another grid of blocks.
        var g = TestNetworks.UniformMatrix(300, 65, 4);
        var x = TestNetworks.UniformMatrix(300, 70, 5);
        long[]? first = null;
        foreach (int threads in new[] { 1, 2, 3, 7 })
            KernelCases.WithThreads(threads, () =>
            {
                foreach (var path in VectorPaths.Supported)
                {
                    var c = new double[65 * 70];
                    DoubleProviders.For(path).Multiply(65, 70, 300, g.Data, 1, 65, x.Data, 70, 1, c, 70, default);
                    var bits = KernelCases.Bits(c);
                    first ??= bits;
                    Assert.Equal(first, bits);
                }
            });
    }

    private static double[] Fill(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
