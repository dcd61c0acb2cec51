using System.Numerics;
using System.Numerics.Tensors;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// The infinite-width kernel Φ(x, z) = E_{w,b}[φ'(⟨w,x⟩+b) φ'(⟨w,z⟩+b)] (THEORY §4) and its
/// finite-width counterpart K(x, z) = Σ_i a_i² φ'_i(x) φ'_i(z) (THEORY §3 E3).
/// </summary>
public static class ArcCosineKernel
{
    /// <summary>ρ(x, z) = (⟨x,z⟩/d + 1) / sqrt((||x||²/d + 1)(||z||²/d + 1)): the correlation of the two preactivations.</summary>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        if (x.Length != z.Length) throw new ArgumentException($"Vector lengths differ: {x.Length} and {z.Length}.");
        double d = x.Length;
        double cross = TensorPrimitives.Dot(x, z) / d + 1;
        double xx = TensorPrimitives.Dot(x, x) / d + 1;
        double zz = TensorPrimitives.Dot(z, z) / d + 1;
        return Math.Clamp(cross / Math.Sqrt(xx * zz), -1, 1);
    }

    /// <summary>Φ(x, z) = (1+γ)²/4 + (1-γ)² arcsin(ρ)/(2π), the bivariate normal orthant probability.</summary>
    public static double Phi(ReadOnlySpan<double> x, ReadOnlySpan<double> z, double slope) =>
        PhiOfCorrelation(Correlation(x, z), slope);

    public static double PhiOfCorrelation(double rho, double slope) =>
        (1 + slope) * (1 + slope) / 4 + (1 - slope) * (1 - slope) * Math.Asin(rho) / (2 * Math.PI);

    /// <summary>Monte Carlo estimate of Φ with w ~ N(0, I/d), b ~ N(0, 1), as the reference code does.</summary>
    public static double PhiMonteCarlo(ReadOnlySpan<double> x, ReadOnlySpan<double> z, double slope, int samples, Random rng)
    {
        if (samples <= 0) throw new ArgumentOutOfRangeException(nameof(samples), $"Monte Carlo needs a positive sample count, got {samples}.");
        int d = x.Length;
        var w = new double[d];
        double sum = 0;
        for (int s = 0; s < samples; s++)
        {
            MathNet.Numerics.Distributions.Normal.Samples(rng, w, 0, Math.Sqrt(1.0 / d));
            double b = MathNet.Numerics.Distributions.Normal.Sample(rng, 0, 1);
            sum += LeakyRelu.Derivative(TensorPrimitives.Dot<double>(w, x) + b, slope)
                 * LeakyRelu.Derivative(TensorPrimitives.Dot<double>(w, z) + b, slope);
        }
        return sum / samples;
    }

    /// <summary>The Gram matrix Φ(a_p, b_q).</summary>
    /// <remarks>All cross products ⟨a_p, b_q⟩ come from one matrix product (the canonical N = 1000 Gram matrix
    /// took 0.4 s pair by pair, a few ms this way); they may differ from <see cref="Phi"/> in the last bits.</remarks>
    public static Matrix<double> PhiMatrix(Matrix<double> a, Matrix<double> b, double slope)
    {
        if (a.Cols != b.Cols) throw new ArgumentException($"Vector lengths differ: {a.Cols} and {b.Cols}.");
        var result = MatrixProducts<double>.MultiplyTransposed(a, b);
        // arcsin is ill-conditioned at ρ = 1: a Gram matrix takes its norms from its own diagonal, so that
        // ρ(x, x) = 1 exactly (norms from another summation order put Φ(x, x) off by about 1e-9).
        bool gram = ReferenceEquals(a, b);
        var squaredA = new double[a.Rows];
        for (int p = 0; p < a.Rows; p++) squaredA[p] = gram ? result[p, p] : TensorPrimitives.Dot<double>(a.Row(p), a.Row(p));
        PhiOfProducts(result, squaredA, gram ? squaredA : SquaredNorms(b), a.Cols, slope, result);
        return result;
    }

    /// <summary>
    /// Φ(a_p, b_q) from the cross products ⟨a_p, b_q⟩ and the squared norms ||a_p||², ||b_q||² of vectors of
    /// length <paramref name="dim"/>, written into <paramref name="result"/> (which may be <paramref name="products"/>):
    /// callers that also need the products (f̂, the C2 error terms) compute them once.
    /// </summary>
    public static void PhiOfProducts(Matrix<double> products, ReadOnlySpan<double> squaredNormsA, ReadOnlySpan<double> squaredNormsB,
        int dim, double slope, Matrix<double> result)
    {
        if (squaredNormsA.Length != products.Rows || squaredNormsB.Length != products.Cols || result.Rows != products.Rows || result.Cols != products.Cols)
            throw new ArgumentException($"Products {products.Rows}x{products.Cols} with {squaredNormsA.Length} and {squaredNormsB.Length} norms into {result.Rows}x{result.Cols}.");
        double d = dim;
        var scaleB = new double[squaredNormsB.Length];
        for (int q = 0; q < scaleB.Length; q++) scaleB[q] = squaredNormsB[q] / d + 1;
        for (int p = 0; p < products.Rows; p++)
        {
            double scaleA = squaredNormsA[p] / d + 1;
            var row = products.Row(p);
            var target = result.Row(p);
            for (int q = 0; q < row.Length; q++)
                target[q] = PhiOfCorrelation(Math.Clamp((row[q] / d + 1) / Math.Sqrt(scaleA * scaleB[q]), -1, 1), slope);
        }
    }

    /// <summary>||r||² of every row.</summary>
    public static double[] SquaredNorms(Matrix<double> rows)
    {
        var result = new double[rows.Rows];
        for (int p = 0; p < rows.Rows; p++) result[p] = TensorPrimitives.Dot<double>(rows.Row(p), rows.Row(p));
        return result;
    }

    /// <summary>K(x, z) = Σ_i a_i² φ'_i(x) φ'_i(z), patterns of the given network.</summary>
    public static T FiniteWidth<T>(TwoLayerNetwork<T> network, ReadOnlySpan<T> x, ReadOnlySpan<T> z) where T : struct, INumber<T>
    {
        var dx = network.Derivatives(x);
        var dz = network.Derivatives(z);
        T sum = T.AdditiveIdentity;
        for (int i = 0; i < network.Width; i++) sum += network.Readout[i] * network.Readout[i] * dx[i] * dz[i];
        return sum;
    }
}
