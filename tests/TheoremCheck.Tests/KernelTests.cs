using System.Text.Json.Nodes;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Tests;

public class KernelTests
{
    // (rows, cols, depth): tile edges (8 rows, 24 and 8 columns), the depth block (256), and 0 and 1.
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 7, 17, 63 }, { 8, 24, 1 }, { 17, 65, 7 }, { 63, 7, 65 }, { 65, 63, 17 },
        { 9, 25, 257 }, { 100, 100, 100 }, { 33, 48, 513 }, { 130, 1, 300 }, { 5, 3, 0 },
    };

    private static Matrix<double> Random(int rows, int cols, int seed)
    {
        var rng = new Random(seed);
        var m = new Matrix<double>(rows, cols);
        for (int j = 0; j < m.Data.Length; j++) m.Data[j] = rng.NextDouble() * 2 - 1;
        return m;
    }

    /// <summary>Asserts |actual - expected| ≤ 2 depth ε Σ_k |a_k b_k| (the bound of recursive summation, doubled).</summary>
    private static void AssertClose(double expected, double actual, double absoluteSum, int depth, string where)
    {
        double bound = 2 * depth * Math.Pow(2, -53) * absoluteSum;
        Assert.True(Math.Abs(expected - actual) <= bound, $"{where}: expected {expected:R}, got {actual:R}, bound {bound:R}");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MultiplyTransposedMatchesNaiveLoops(int rows, int cols, int depth)
    {
        var a = Random(rows, depth, 1);
        var b = Random(cols, depth, 2);
        var bias = Random(1, cols, 3).Data;
        var c = MatrixProducts<double>.MultiplyTransposed(a, b, bias);
        for (int r = 0; r < rows; r++)
            for (int k = 0; k < cols; k++)
            {
                double sum = 0, absolute = Math.Abs(bias[k]), chain = bias[k];
                for (int j = 0; j < depth; j++)
                {
                    sum += a[r, j] * b[k, j];
                    absolute += Math.Abs(a[r, j] * b[k, j]);
                    chain = Math.FusedMultiplyAdd(a[r, j], b[k, j], chain);
                }
                AssertClose(sum + bias[k], c[r, k], absolute, depth + 1, $"C[{r}, {k}]");
                // The kernel's order is documented: one FMA per term from the bias, k increasing.
                Assert.Equal(chain, c[r, k]);
            }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TransposeMultiplyMatchesNaiveLoops(int rows, int cols, int depth)
    {
        var g = Random(depth, rows, 4);
        var x = Random(depth, cols, 5);
        var c = MatrixProducts<double>.TransposeMultiply(g, x);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
            {
                double sum = 0, absolute = 0, chain = 0;
                for (int n = 0; n < depth; n++)
                {
                    sum += g[n, i] * x[n, j];
                    absolute += Math.Abs(g[n, i] * x[n, j]);
                    chain = Math.FusedMultiplyAdd(g[n, i], x[n, j], chain);
                }
                AssertClose(sum, c[i, j], absolute, depth, $"C[{i}, {j}]");
                Assert.Equal(chain, c[i, j]);
            }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MultiplyMatchesNaiveLoops(int rows, int cols, int depth)
    {
        var a = Random(rows, depth, 6);
        var b = Random(depth, cols, 7);
        var c = new Matrix<double>(rows, cols);
        MatrixProducts<double>.Multiply(a, b, c);
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                double sum = 0, absolute = 0;
                for (int k = 0; k < depth; k++) { sum += a[r, k] * b[k, j]; absolute += Math.Abs(a[r, k] * b[k, j]); }
                AssertClose(sum, c[r, j], absolute, depth, $"C[{r}, {j}]");
            }
    }

    [Fact]
    public void RationalProductsAreExact()
    {
        var a = Random(5, 7, 8).Map(v => Rational.FromDouble(Initialisation.RoundToGrid(v)));
        var b = Random(3, 7, 9).Map(v => Rational.FromDouble(Initialisation.RoundToGrid(v)));
        var c = MatrixProducts<Rational>.MultiplyTransposed(a, b);
        for (int r = 0; r < 5; r++)
            for (int k = 0; k < 3; k++)
            {
                Rational sum = Rational.Zero;
                for (int j = 0; j < 7; j++) sum += a[r, j] * b[k, j];
                Assert.Equal(sum, c[r, k]);
            }
    }

    [Fact]
    public void InputGradientsMatchThePerSampleGradient()
    {
        var network = Initialisation.Create(37, 19, 0.2, InitKind.Gaussian, new Random(10));
        var inputs = Random(23, 19, 11);
        var all = network.InputGradients(inputs);
        for (int n = 0; n < inputs.Rows; n++)
        {
            var one = network.InputGradient(inputs.Row(n));
            for (int j = 0; j < one.Length; j++) Assert.Equal(one[j], all[n, j], 1e-13);
        }
    }

    [Fact]
    public void TrainingIsBitIdenticalWithOneAndTwoThreads()
    {
        // Large enough that every product of a step is split across threads.
        var data = SyntheticData.Sample(DataKind.ShiftedGauss, 300, 70, new Random(12));
        var network = Initialisation.Create(65, 70, 0.1, InitKind.Gaussian, new Random(13));
        var settings = new TrainingSettings<double>(0.5, 15, 0.9, LossKind.Logistic);
        int saved = Parallelism.MaxThreads;
        try
        {
            Parallelism.MaxThreads = 1;
            var one = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            Parallelism.MaxThreads = 2;
            var two = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            var again = GradientDescent.Train(network, data.Inputs, data.Labels, settings);
            foreach (var other in new[] { two, again })
            {
                Assert.Equal(Bits(one.Network.Weights.Data), Bits(other.Network.Weights.Data));
                Assert.Equal(Bits(one.Network.Bias), Bits(other.Network.Bias));

                Assert.Equal(one.EverFlipped, other.EverFlipped);
            }
        }
        finally
        {
            Parallelism.MaxThreads = saved;
        }
    }

    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);

    /// <summary>Exact runs printed before the double kernels were introduced; the rationals must not move.</summary>
    [Theory]
    [InlineData("--samples 6 --test-samples 3 --dim 3 --width 4 --epochs-f 3 --epochs-g 3",
        "2/3", "1/3", "1/3", "561/100", "561/100", 3, 14,
        "1078169997/3355443200|-21256645783/10066329600|-2519801411/2516582400",
        "-6354762619944734605785438598561/53710343337217973882447462400000|-343/131072|0")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5",
        "1", "2/5", "2/3", "9049/2000", "29/20", 13, 3,
        "5870495757/268435456000|21440904233/20971520000|-877062593283/671088640000",
        "58320202525463813886018008464454739643604022299/59212818143248257356317544804517000464931225600|775213813154785018369978748882335987385286003/1513620095686305147145131513407898784890880000|5589778810889097331653877030160740124398527127/5382983467568023396028867709501545496811929600")]
    [InlineData("--samples 5 --test-samples 3 --dim 7 --width 6 --epochs-f 4 --epochs-g 2 --slope 0.25 --init symmetric --lr-f 0.5 --lr-g 0.5 --momentum 0 --epsilon 0.1",
        "1", "2/5", "2/3", "2", "1", 9, 3,
        "2020359/83886080|422474981/1342177280|-729293043/1342177280",
        "23886122465606594899526808562909/30248859889197361684808938291200|2135755078507397154606716877931/5041476648199560280801489715200|2269971315271615435726153428521/3781107486149670210601117286400")]
    public void ExactRunsAreUnchanged(string options, string accF, string accG, string agreement, string timeF, string timeG,
        int flippedF, int flippedG, string testF, string testG)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Cli.CommandLine.Invoke(["run", "--exact", "--json", .. options.Split(' ')], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var json = JsonNode.Parse(stdout.ToString())!.AsObject();
        Assert.Equal(accF, (string)json["acc_f"]!);
        Assert.Equal(accG, (string)json["acc_g"]!);
        Assert.Equal(agreement, (string)json["agreement"]!);
        Assert.Equal(timeF, (string)json["t_f"]!);
        Assert.Equal(timeG, (string)json["t_g"]!);
        Assert.Equal(flippedF, (int)json["flipped_f"]!);
        Assert.Equal(flippedG, (int)json["flipped_g"]!);
        Assert.Equal(testF, string.Join("|", json["f_test"]!.AsArray().Select(v => (string)v!)));
        Assert.Equal(testG, string.Join("|", json["g_test"]!.AsArray().Select(v => (string)v!)));
    }

    [Fact]
    public void QuickBenchRunsThroughTheCommandLine()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Cli.CommandLine.Invoke(["bench", "--quick", "--json"], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var json = JsonNode.Parse(stdout.ToString())!.AsObject();
        Assert.True((double)json["peak_gflops"]! > 0);
        var steps = json["training_step"]!.AsArray();
        Assert.Equal(3, steps.Count);
        foreach (var step in steps)
        {
            Assert.True((double)step!["gflops"]! > 0);
            Assert.True((double)step["share_of_peak"]! > 0);
            Assert.True((long)step["allocated_bytes_per_step"]! >= 0);
        }
        Assert.True((double)json["canonical"]!["wall_seconds_median"]! > 0);
        Assert.True((double)json["canonical"]!["peak_working_set_mb"]! > 0);
    }
}
