using System.Numerics;
using System.Numerics.Tensors;

namespace TheoremCheck.Numerics;

/// <summary>
/// The dense products of training and evaluation, written once over generic math: shapes are checked here,
/// the products run on <see cref="ComputeProvider{T}"/> (the tiled kernel for double, plain loops for exact
/// types). For double every element is one fused multiply-add chain from the bias (or zero) over the inner
/// index in increasing order, whatever the vector path or thread count.
/// </summary>
public static class MatrixProducts<T> where T : INumber<T>
{
    public static T Dot(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Vector lengths differ: {x.Length} and {y.Length}.");
        return ComputeProvider<T>.Current.Dot(x, y);
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
        if (columnBias is not null && columnBias.Length != b.Rows)
            throw new ArgumentException($"{columnBias.Length} biases for {b.Rows} columns.");
        CheckShape(c, a.Rows, b.Rows);
        ComputeProvider<T>.Current.Multiply(a.Rows, b.Rows, a.Cols, a.Data, a.Cols, 1, b.Data, 1, b.Cols, c.Data, c.Cols, columnBias);
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
        ComputeProvider<T>.Current.Multiply(g.Cols, x.Cols, g.Rows, g.Data, 1, g.Cols, x.Data, x.Cols, 1, c.Data, c.Cols, default);
    }

    /// <summary>C = A B, written into <paramref name="c"/>: row n of C is Σ_i A[n, i] b_i.</summary>
    public static void Multiply(Matrix<T> a, Matrix<T> b, Matrix<T> c)
    {
        if (a.Cols != b.Rows) throw new ArgumentException($"Inner dimensions differ: {a.Cols} and {b.Rows}.");
        CheckShape(c, a.Rows, b.Cols);
        ComputeProvider<T>.Current.Multiply(a.Rows, b.Cols, a.Cols, a.Data, a.Cols, 1, b.Data, b.Cols, 1, c.Data, c.Cols, default);
    }

    private static void CheckShape(Matrix<T> c, int rows, int cols)
    {
        if (c.Rows != rows || c.Cols != cols)
            throw new ArgumentException($"Result is {c.Rows}x{c.Cols}, the product is {rows}x{cols}.");
    }

    /// <summary>y += alpha x, elementwise with one rounding per multiply and per add, so the vector width does not change the bits.</summary>
    public static void AddScaled(Span<T> y, T alpha, ReadOnlySpan<T> x) => TensorPrimitives.MultiplyAdd<T>(x, alpha, y, y);

    public static T Sum(ReadOnlySpan<T> x) => ComputeProvider<T>.Current.Sum(x);
}
