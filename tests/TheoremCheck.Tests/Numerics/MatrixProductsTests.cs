using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class MatrixProductsTests
{
    // (rows, cols, depth): tile edges (8 rows, 24 and 8 columns), the depth block (256), and 0 and 1.
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 7, 17, 63 }, { 8, 24, 1 }, { 17, 65, 7 }, { 63, 7, 65 }, { 65, 63, 17 },
        { 9, 25, 257 }, { 100, 100, 100 }, { 33, 48, 513 }, { 130, 1, 300 }, { 5, 3, 0 },
    };

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
        var a = TestNetworks.UniformMatrix(rows, depth, 1);
        var b = TestNetworks.UniformMatrix(cols, depth, 2);
        var bias = TestNetworks.UniformMatrix(1, cols, 3).Data;
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
        var g = TestNetworks.UniformMatrix(depth, rows, 4);
        var x = TestNetworks.UniformMatrix(depth, cols, 5);
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
        var a = TestNetworks.UniformMatrix(rows, depth, 6);
        var b = TestNetworks.UniformMatrix(depth, cols, 7);
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
        var a = TestNetworks.UniformMatrix(5, 7, 8).Map(v => Rational.FromDouble(Initialisation.RoundToGrid(v)));
        var b = TestNetworks.UniformMatrix(3, 7, 9).Map(v => Rational.FromDouble(Initialisation.RoundToGrid(v)));
        var c = MatrixProducts<Rational>.MultiplyTransposed(a, b);
        for (int r = 0; r < 5; r++)
            for (int k = 0; k < 3; k++)
            {
                Rational sum = Rational.Zero;
                for (int j = 0; j < 7; j++) sum += a[r, j] * b[k, j];
                Assert.Equal(sum, c[r, k]);
            }
    }

    /// <summary>Thirds, dyadic grid values, zeros and values past 64 bits: each sum of products leaves the word path somewhere.</summary>
    private static Matrix<Rational> RationalMatrix(int rows, int cols, int seed)
    {
        var rng = new Random(seed);
        var m = new Matrix<Rational>(rows, cols);
        for (int i = 0; i < m.Data.Length; i++)
            m.Data[i] = rng.Next(5) switch
            {
                0 => Rational.Zero,
                1 => new Rational(rng.Next(-9, 10), 3),
                2 => new Rational(System.Numerics.BigInteger.Pow(3, rng.Next(30, 50)) * rng.Next(-5, 6), System.Numerics.BigInteger.One << rng.Next(0, 90)),
                _ => new Rational(rng.Next(-4096, 4096), 64L * rng.Next(1, 13)),
            };
        return m;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RationalProductsEqualTheSumsTermByTerm(int rows, int cols, int depth)
    {
        if (rows * cols * depth > 60000) return; // the naive loop is the slow side; the shapes past this add nothing exact
        var a = RationalMatrix(rows, depth, 1);
        var bt = RationalMatrix(cols, depth, 2);
        var bias = RationalMatrix(1, cols, 3).Data;
        var g = RationalMatrix(depth, rows, 4);
        var x = RationalMatrix(depth, cols, 5);
        var b = RationalMatrix(depth, cols, 6);
        var transposed = MatrixProducts<Rational>.MultiplyTransposed(a, bt, bias);
        var gradient = MatrixProducts<Rational>.TransposeMultiply(g, x);
        var product = new Matrix<Rational>(rows, cols);
        MatrixProducts<Rational>.Multiply(a, b, product);
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < cols; j++)
            {
                Rational abt = bias[j], gx = Rational.Zero, ab = Rational.Zero;
                for (int k = 0; k < depth; k++)
                {
                    abt += a[r, k] * bt[j, k];
                    gx += g[k, r] * x[k, j];
                    ab += a[r, k] * b[k, j];
                }
                Assert.Equal(abt, transposed[r, j]);
                Assert.Equal(gx, gradient[r, j]);
                Assert.Equal(ab, product[r, j]);
            }
        if (rows > 0) Assert.Equal(Naive(a.Row(0), a.Row(rows - 1)), MatrixProducts<Rational>.Dot(a.Row(0), a.Row(rows - 1)));

        static Rational Naive(ReadOnlySpan<Rational> u, ReadOnlySpan<Rational> v)
        {
            Rational sum = Rational.Zero;
            for (int k = 0; k < u.Length; k++) sum += u[k] * v[k];
            return sum;
        }
    }
}
