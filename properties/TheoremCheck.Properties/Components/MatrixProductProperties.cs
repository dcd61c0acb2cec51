using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The dense products against triple loops: A Bᵀ (+ a bias per column), Gᵀ X and A B, dot products, y += αx and sums,
/// over rationals and over doubles. Double operands are multiples of 1/64 in [-4, 4], so every product is a multiple
/// of 2^-12 below 16 and every partial sum of up to 300 terms stays below 2^13: 25 bits, exact in any order and with
/// fused multiply-adds, so the tiled, vectorised and multi-threaded double kernels must equal the loops exactly.
/// Shapes include empty ones, ragged tile edges and products past the threshold where a second thread joins.
/// </summary>
public sealed class MatrixProductProperties
{
    private const int Cases = 120;

    public sealed record Shape(int Rows, int Depth, int Cols)
    {
        public override string ToString() => $"{Rows}x{Depth} times {Depth}x{Cols}";
    }

    private static readonly Gen<Shape> Shapes = Gen.Frequency(
        (6, from r in Gen.Choose(0, 30) from k in Gen.Choose(0, 30) from c in Gen.Choose(0, 30) select new Shape(r, k, c)),
        (1, from r in Gen.Choose(64, 130) from k in Gen.Choose(40, 80) from c in Gen.Choose(40, 70) select new Shape(r, k, c)));

    private static Gen<Matrix<double>> Matrices(int rows, int cols) =>
        Dyadic.Vector(rows * cols, 6, 4).Select(data => new Matrix<double>(rows, cols, data));

    private static Matrix<Rational> Exact(Matrix<double> m) => m.Map(Rational.FromDouble);

    /// <summary>Rational products are plain loops at any size; past 20000 multiply-adds only the double kernels are compared (time).</summary>
    private static bool Small(Shape s) => (long)s.Rows * s.Depth * s.Cols <= 20_000;

    /// <summary>Operands and a bias for C = A Bᵀ (A rows × depth, B cols × depth) and C = A B' (B' depth × cols).</summary>
    private static readonly Gen<(Shape S, Matrix<double> A, Matrix<double> B, Matrix<double> BPlain, double[] Bias)> Operands =
        from s in Shapes
        from a in Matrices(s.Rows, s.Depth)
        from b in Matrices(s.Cols, s.Depth)
        from plain in Matrices(s.Depth, s.Cols)
        from bias in Dyadic.Vector(s.Cols, 6, 4)
        select (s, a, b, plain, bias);

    private static Matrix<double> Garbage(int rows, int cols)
    {
        var m = new Matrix<double>(rows, cols);
        for (int k = 0; k < m.Data.Length; k++) m.Data[k] = -7.5 + k;
        return m;
    }

    private static Matrix<Rational> Garbage(Matrix<double> m) => Exact(Garbage(m.Rows, m.Cols));

    /// <summary>Stands for "no rational result" on large shapes.</summary>
    private static readonly Matrix<Rational> None = new(0, 0);

    private static string? Compare(Matrix<double> actual, Matrix<Rational> exact, double[,] expected, string what)
    {
        if (actual.Rows != expected.GetLength(0) || actual.Cols != expected.GetLength(1) || (exact.Data.Length > 0 && (exact.Rows != actual.Rows || exact.Cols != actual.Cols)))
            return $"{what}: shape {actual.Rows}x{actual.Cols}, expected {expected.GetLength(0)}x{expected.GetLength(1)}";
        for (int r = 0; r < actual.Rows; r++)
            for (int c = 0; c < actual.Cols; c++)
                if (actual[r, c] != expected[r, c] || (exact.Data.Length > 0 && exact[r, c] != Rational.FromDouble(expected[r, c])))
                    return $"{what}[{r},{c}] = {actual[r, c]:R} (double), {exact[r, c]} (rational), expected {expected[r, c]:R}";
        return null;
    }

    [Fact]
    public void A_times_B_transposed_plus_bias_is_the_triple_loop() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Operands), o =>
        {
            var (s, a, b, _, bias) = o;
            var expected = new double[s.Rows, s.Cols];
            var expectedWithBias = new double[s.Rows, s.Cols];
            for (int r = 0; r < s.Rows; r++)
                for (int c = 0; c < s.Cols; c++)
                {
                    double sum = 0;
                    for (int k = 0; k < s.Depth; k++) sum += a[r, k] * b[c, k];
                    expected[r, c] = sum;
                    expectedWithBias[r, c] = sum + bias[c];
                }
            var into = Garbage(s.Rows, s.Cols);
            MatrixProducts<double>.MultiplyTransposed(a, b, bias, into);
            var intoExact = Small(s) ? Garbage(into) : None;
            var plainExact = Small(s) ? MatrixProducts<Rational>.MultiplyTransposed(Exact(a), Exact(b)) : None;
            if (Small(s)) MatrixProducts<Rational>.MultiplyTransposed(Exact(a), Exact(b), Dyadic.ToRational(bias), intoExact);
            var mismatch = Compare(MatrixProducts<double>.MultiplyTransposed(a, b), plainExact, expected, "A Bᵀ")
                ?? Compare(into, intoExact, expectedWithBias, "A Bᵀ + bias");
            return (mismatch is null).Label($"{mismatch} for {s}");
        }), Cases);

    [Fact]
    public void G_transposed_times_X_is_the_triple_loop() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Operands), o =>
        {
            // G is depth × rows here (samples × neurons), X is depth × cols (samples × coordinates).
            var (s, _, _, x, _) = o;
            var g = new Matrix<double>(s.Depth, s.Rows, TransposedData(o.A));
            var expected = new double[s.Rows, s.Cols];
            for (int i = 0; i < s.Rows; i++)
                for (int j = 0; j < s.Cols; j++)
                {
                    double sum = 0;
                    for (int n = 0; n < s.Depth; n++) sum += g[n, i] * x[n, j];
                    expected[i, j] = sum;
                }
            var into = Garbage(s.Rows, s.Cols);
            MatrixProducts<double>.TransposeMultiply(g, x, into);
            var intoExact = Small(s) ? Garbage(into) : None;
            var plainExact = Small(s) ? MatrixProducts<Rational>.TransposeMultiply(Exact(g), Exact(x)) : None;
            if (Small(s)) MatrixProducts<Rational>.TransposeMultiply(Exact(g), Exact(x), intoExact);
            var mismatch = Compare(MatrixProducts<double>.TransposeMultiply(g, x), plainExact, expected, "Gᵀ X")
                ?? Compare(into, intoExact, expected, "Gᵀ X into a used buffer");
            return (mismatch is null).Label($"{mismatch} for {s}");
        }), Cases);

    private static double[] TransposedData(Matrix<double> a)
    {
        var t = new double[a.Data.Length];
        for (int r = 0; r < a.Rows; r++) for (int k = 0; k < a.Cols; k++) t[k * a.Rows + r] = a[r, k];
        return t;
    }

    [Fact]
    public void A_times_B_is_the_triple_loop() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Operands), o =>
        {
            var (s, a, _, b, _) = o;
            var expected = new double[s.Rows, s.Cols];
            for (int r = 0; r < s.Rows; r++)
                for (int c = 0; c < s.Cols; c++)
                {
                    double sum = 0;
                    for (int k = 0; k < s.Depth; k++) sum += a[r, k] * b[k, c];
                    expected[r, c] = sum;
                }
            var into = Garbage(s.Rows, s.Cols);
            MatrixProducts<double>.Multiply(a, b, into);
            var intoExact = Small(s) ? Garbage(into) : None;
            if (Small(s)) MatrixProducts<Rational>.Multiply(Exact(a), Exact(b), intoExact);
            var mismatch = Compare(into, intoExact, expected, "A B");
            return (mismatch is null).Label($"{mismatch} for {s}");
        }), Cases);

    [Fact]
    public void Dot_scaled_addition_and_sum_are_the_loops() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, 70).SelectMany(n => Gen.Three(Dyadic.Vector(n, 6, 4)))), Arb.From(Dyadic.Value(6, 4)), (v, alpha) =>
        {
            var (x, y, z) = v;
            double dot = 0, sum = 0;
            var scaled = (double[])y.Clone();
            for (int j = 0; j < x.Length; j++) { dot += x[j] * y[j]; sum += z[j]; scaled[j] += alpha * x[j]; }
            var scaledDouble = (double[])y.Clone();
            MatrixProducts<double>.AddScaled(scaledDouble, alpha, x);
            var scaledExact = Dyadic.ToRational(y);
            MatrixProducts<Rational>.AddScaled(scaledExact, Rational.FromDouble(alpha), Dyadic.ToRational(x));
            bool ok = MatrixProducts<double>.Dot(x, y) == dot && MatrixProducts<Rational>.Dot(Dyadic.ToRational(x), Dyadic.ToRational(y)) == Rational.FromDouble(dot)
                && MatrixProducts<double>.Sum(z) == sum && MatrixProducts<Rational>.Sum(Dyadic.ToRational(z)) == Rational.FromDouble(sum)
                && scaledDouble.SequenceEqual(scaled) && scaledExact.SequenceEqual(Dyadic.ToRational(scaled));
            return ok.Label($"length {x.Length}");
        }), Cases);

    [Fact]
    public void Mismatched_shapes_are_rejected()
    {
        var a = new Matrix<double>(2, 3);
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.Dot([1.0, 2], [1.0]));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.MultiplyTransposed(a, new Matrix<double>(4, 2)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.MultiplyTransposed(a, new Matrix<double>(4, 3), null, new Matrix<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.TransposeMultiply(a, new Matrix<double>(3, 2)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.TransposeMultiply(a, new Matrix<double>(2, 2), new Matrix<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.Multiply(a, new Matrix<double>(2, 2), new Matrix<double>(2, 2)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.Multiply(a, new Matrix<double>(3, 2), new Matrix<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<Rational>.Multiply(new Matrix<Rational>(2, 3), new Matrix<Rational>(3, 2), new Matrix<Rational>(3, 2)));
        Assert.Throws<ArgumentException>(() => new Matrix<double>(2, 2, new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Matrix<double>(-1, 2));
        Assert.Throws<ArgumentException>(() => Matrix<double>.FromRows([[1.0, 2], [3.0]]));
    }
}
