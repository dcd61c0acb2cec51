using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Tests;

/// <summary>Small fixed instances shared by the example tests.</summary>
public static class TestNetworks
{
    public static Matrix<double> RandomMatrix(int rows, int cols, int seed, double scale = 1) =>
        new(rows, cols, Seeding.Gaussian(Seeding.Stream(seed, "test-matrix"), rows * cols, 0, scale));

    /// <summary>Entries uniform on [-1, 1) from <c>new Random(seed)</c>.</summary>
    public static Matrix<double> UniformMatrix(int rows, int cols, int seed)
    {
        var rng = new Random(seed);
        var m = new Matrix<double>(rows, cols);
        for (int j = 0; j < m.Data.Length; j++) m.Data[j] = rng.NextDouble() * 2 - 1;
        return m;
    }

    public static int[] AlternatingLabels(int count) => Enumerable.Range(0, count).Select(n => n % 2 == 0 ? 1 : -1).ToArray();

    public static TwoLayerNetwork<double> Gaussian(int width, int dim, double slope, int seed) =>
        Initialisation.Create(width, dim, slope, InitKind.Gaussian, Seeding.Stream(seed, "test-net"));

    public static TwoLayerNetwork<Rational> Exact(int width, int dim, Rational slope, int seed, InitKind kind = InitKind.Gaussian) =>
        Initialisation.Create(width, dim, slope, kind, Seeding.Stream(seed, "test-net"), roundToGrid: true);

    public static Matrix<Rational> Dyadic(Matrix<double> m) => m.Map(x => Rational.FromDouble(Initialisation.RoundToGrid(x)));
}
