using System.Numerics;
using System.Numerics.Tensors;

namespace TheoremCheck.Numerics;

/// <summary>
/// The dense products of training and evaluation, written once over generic math.
/// TensorPrimitives vectorises them for double and runs them element by element for Rational.
/// </summary>
public static class Kernels<T> where T : struct,
    IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
    IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>
{
    public static T Dot(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Vector lengths differ: {x.Length} and {y.Length}.");
        return TensorPrimitives.Dot(x, y);
    }

    /// <summary>C = A Bᵀ (+ bias per column): rows of A are samples, rows of B are neurons.</summary>
    public static Matrix<T> MultiplyTransposed(Matrix<T> a, Matrix<T> b, T[]? columnBias = null)
    {
        if (a.Cols != b.Cols) throw new ArgumentException($"Inner dimensions differ: {a.Cols} and {b.Cols}.");
        var c = new Matrix<T>(a.Rows, b.Rows);
        for (int r = 0; r < a.Rows; r++)
        {
            var ar = a.Row(r);
            var cr = c.Row(r);
            for (int k = 0; k < b.Rows; k++)
            {
                var v = TensorPrimitives.Dot<T>(ar, b.Row(k));
                cr[k] = columnBias is null ? v : v + columnBias[k];
            }
        }
        return c;
    }

    /// <summary>C = Gᵀ X: row i of C is Σ_n G[n, i] x_n (the gradient of every neuron at once).</summary>
    public static Matrix<T> TransposeMultiply(Matrix<T> g, Matrix<T> x)
    {
        if (g.Rows != x.Rows) throw new ArgumentException($"Row counts differ: {g.Rows} and {x.Rows}.");
        var c = new Matrix<T>(g.Cols, x.Cols);
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
        return c;
    }

    /// <summary>y += alpha x.</summary>
    public static void AddScaled(Span<T> y, T alpha, ReadOnlySpan<T> x) => TensorPrimitives.MultiplyAdd<T>(x, alpha, y, y);

    public static T Sum(ReadOnlySpan<T> x) => TensorPrimitives.Sum(x);
}
