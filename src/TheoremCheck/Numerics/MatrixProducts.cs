using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The dense products of training and evaluation, written once over generic math.
/// For double the matrix products run on <see cref="DoubleGemm"/>; for Rational every element is one
/// <see cref="Rational.SumOfProducts"/> (exact, so the order of the terms cannot change a result).
/// </summary>
public static class MatrixProducts<T> where T : INumber<T>
{
    public static T Dot(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Vector lengths differ: {x.Length} and {y.Length}.");
        if (typeof(T) == typeof(Rational)) return (T)(object)Rational.SumOfProducts(AsRational(x), 1, AsRational(y), 1, x.Length);
        return TensorPrimitives.Dot(x, y);
    }

    /// <summary>C = A Bᵀ (+ bias per column): rows of A are samples, rows of B are neurons.</summary>
    public static Matrix<T> MultiplyTransposed(Matrix<T> a, Matrix<T> b, T[]? columnBias = null)
    {
        var c = new Matrix<T>(a.Rows, b.Rows);
        MultiplyTransposed(a, b, columnBias, c);
        return c;
    }

    /// <summary>C = A Bᵀ (+ bias per column), written into <paramref name="c"/>.</summary>
    public static void MultiplyTransposed(Matrix<T> a, Matrix<T> b, T[]? columnBias, Matrix<T> c)
    {
        if (a.Cols != b.Cols) throw new ArgumentException($"Inner dimensions differ: {a.Cols} and {b.Cols}.");
        CheckShape(c, a.Rows, b.Rows);
        // The JIT drops this branch per instantiation: double gets the tiled SIMD kernel, exact types the loop below.
        if (typeof(T) == typeof(double))
        {
            DoubleGemm.Multiply(a.Rows, b.Rows, a.Cols,
                AsDouble(a.Data), a.Cols, 1, AsDouble(b.Data), 1, b.Cols,
                AsDouble(c.Data), c.Cols, columnBias is null ? default : AsDouble(columnBias));
            return;
        }
        for (int r = 0; r < a.Rows; r++)
        {
            var ar = a.Row(r);
            var cr = c.Row(r);
            for (int k = 0; k < b.Rows; k++)
            {
                var v = Dot(ar, b.Row(k));
                cr[k] = columnBias is null ? v : v + columnBias[k];
            }
        }
    }

    /// <summary>C = Gᵀ X: row i of C is Σ_n G[n, i] x_n (the gradient of every neuron at once).</summary>
    public static Matrix<T> TransposeMultiply(Matrix<T> g, Matrix<T> x)
    {
        var c = new Matrix<T>(g.Cols, x.Cols);
        TransposeMultiply(g, x, c);
        return c;
    }

    /// <summary>C = Gᵀ X, written into <paramref name="c"/>.</summary>
    public static void TransposeMultiply(Matrix<T> g, Matrix<T> x, Matrix<T> c)
    {
        if (g.Rows != x.Rows) throw new ArgumentException($"Row counts differ: {g.Rows} and {x.Rows}.");
        CheckShape(c, g.Cols, x.Cols);
        if (typeof(T) == typeof(double))
        {
            DoubleGemm.Multiply(g.Cols, x.Cols, g.Rows,
                AsDouble(g.Data), 1, g.Cols, AsDouble(x.Data), x.Cols, 1, AsDouble(c.Data), c.Cols);
            return;
        }
        if (typeof(T) == typeof(Rational))
        {
            // c[i, j] = Σ_n g[n, i] x[n, j]: column i of G against column j of X.
            var gr = AsRational(g.Data);
            var xr = AsRational(x.Data);
            for (int i = 0; i < c.Rows; i++)
                for (int j = 0; j < c.Cols; j++)
                    c[i, j] = (T)(object)Rational.SumOfProducts(From(gr, i), g.Cols, From(xr, j), x.Cols, g.Rows);
            return;
        }
        Array.Fill(c.Data, T.AdditiveIdentity);
        for (int n = 0; n < g.Rows; n++)
        {
            var xn = x.Row(n);
            var gn = g.Row(n);
            for (int i = 0; i < g.Cols; i++)
            {
                var ci = c.Row(i);
                TensorPrimitives.MultiplyAdd<T>(xn, gn[i], ci, ci);
            }
        }
    }

    /// <summary>C = A B, written into <paramref name="c"/>: row n of C is Σ_i A[n, i] b_i.</summary>
    public static void Multiply(Matrix<T> a, Matrix<T> b, Matrix<T> c)
    {
        if (a.Cols != b.Rows) throw new ArgumentException($"Inner dimensions differ: {a.Cols} and {b.Rows}.");
        CheckShape(c, a.Rows, b.Cols);
        if (typeof(T) == typeof(double))
        {
            DoubleGemm.Multiply(a.Rows, b.Cols, a.Cols,
                AsDouble(a.Data), a.Cols, 1, AsDouble(b.Data), b.Cols, 1, AsDouble(c.Data), c.Cols);
            return;
        }
        if (typeof(T) == typeof(Rational))
        {
            // c[r, j] = Σ_i a[r, i] b[i, j]: row r of A against column j of B.
            var ar = AsRational(a.Data);
            var br = AsRational(b.Data);
            for (int r = 0; r < c.Rows; r++)
                for (int j = 0; j < c.Cols; j++)
                    c[r, j] = (T)(object)Rational.SumOfProducts(From(ar, r * a.Cols), 1, From(br, j), b.Cols, a.Cols);
            return;
        }
        Array.Fill(c.Data, T.AdditiveIdentity);
        for (int r = 0; r < a.Rows; r++)
        {
            var ar = a.Row(r);
            var cr = c.Row(r);
            for (int i = 0; i < a.Cols; i++) TensorPrimitives.MultiplyAdd<T>(b.Row(i), ar[i], cr, cr);
        }
    }

    private static void CheckShape(Matrix<T> c, int rows, int cols)
    {
        if (c.Rows != rows || c.Cols != cols)
            throw new ArgumentException($"Result is {c.Rows}x{c.Cols}, the product is {rows}x{cols}.");
    }

    private static double[] AsDouble(T[] values) => Unsafe.As<T[], double[]>(ref values);

    private static Rational[] AsRational(T[] values) => Unsafe.As<T[], Rational[]>(ref values);

    /// <summary>The values from <paramref name="start"/> on; empty past the end (a product over an empty inner dimension reads nothing).</summary>
    private static ReadOnlySpan<Rational> From(Rational[] values, int start) => start < values.Length ? values.AsSpan(start) : default;

    private static ReadOnlySpan<Rational> AsRational(ReadOnlySpan<T> values) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, Rational>(ref MemoryMarshal.GetReference(values)), values.Length);

    /// <summary>y += alpha x.</summary>
    public static void AddScaled(Span<T> y, T alpha, ReadOnlySpan<T> x) => TensorPrimitives.MultiplyAdd<T>(x, alpha, y, y);

    public static T Sum(ReadOnlySpan<T> x) => TensorPrimitives.Sum(x);
}
