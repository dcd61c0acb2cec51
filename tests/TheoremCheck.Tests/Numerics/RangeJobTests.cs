using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class RangeJobTests
{
    private readonly struct CountUnits(int[] runs) : IRangeOperation
    {
        public void Run(int start, int end)
        {
            for (int u = start; u < end; u++) Interlocked.Increment(ref runs[u]);
        }
    }

    [Fact]
    public void EveryUnitRunsOnceWhateverTheThreadCount()
    {
        foreach (int threads in new[] { 1, 2, 3 })
            KernelCases.WithThreads(threads, () =>
            {
                foreach (int count in new[] { 0, 1, 2, 7, 1000 })
                    foreach (long size in new[] { 1L, 1L << 20 })
                    {
                        var runs = new int[count];
                        RangeJob<CountUnits>.Run(new CountUnits(runs), count, size);
                        Assert.All(runs, r => Assert.Equal(1, r));
                    }
            });
    }

    [Fact]
    public void ElementwisePassesGiveTheSameBitsOnOneTwoAndThreeThreads()
    {
        // 700 × 103 values: above the parallel threshold, with a ragged last column block and last bit word; every
        // odd neuron inactive on every sample, so the gradient's product runs on the 52 live ones.
        const int rows = 700, width = 103, dimension = 50;
        var pre = new Matrix<double>(rows, width, KernelCases.Values(rows * width, 60));
        for (int n = 0; n < rows; n++)
            for (int i = 1; i < width; i += 2) pre[n, i] = -1 - pre[n, i] * pre[n, i];
        var inputs = new Matrix<double>(rows, dimension, KernelCases.Values(rows * dimension, 61));
        var readout = KernelCases.Values(width, 62);
        var weights = KernelCases.Values(rows, 63);
        List<long[]>? first = null;
        foreach (int threads in new[] { 1, 2, 3 })
            KernelCases.WithThreads(threads, () =>
            {
                var outputs = new double[rows];
                VectorOperations<double>.LeakyReluReadouts(pre, readout, 0.1, outputs);
                var words = new ulong[(rows * width + 63) / 64];
                VectorOperations<double>.NonNegativeBits(pre.Data, words);
                var factors = new Matrix<double>(rows, width);
                var bias = new double[width];
                var gradient = new Matrix<double>(width, dimension);
                VectorOperations<double>.LeakyReluGradient(inputs, pre, readout, weights, 0.0, factors, bias, gradient);
                var all = new List<long[]>
                {
                    KernelCases.Bits(outputs), words.Select(w => (long)w).ToArray(), KernelCases.Bits(factors.Data),
                    KernelCases.Bits(bias), KernelCases.Bits(gradient.Data),
                };
                first ??= all;
                for (int k = 0; k < all.Count; k++) Assert.Equal(first[k], all[k]);
                Assert.All(Enumerable.Range(0, dimension), j => Assert.Equal(0L, BitConverter.DoubleToInt64Bits(gradient[1, j])));
            });
    }
}
