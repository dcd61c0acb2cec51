using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Theory;

/// <summary>A small instance of THEORY §4-§5 and its formulas written out with plain loops.</summary>
internal static class LimitTheoryFixture
{
    internal const double Slope = 0.25;

    internal static readonly Matrix<double> X = TestNetworks.RandomMatrix(5, 4, seed: 31);

    internal static readonly int[] Y = [1, -1, 1, 1, -1];

    internal static readonly Matrix<double> R = TestNetworks.RandomMatrix(5, 4, seed: 32, scale: 0.1);

    internal static readonly Matrix<double> U = TestNetworks.RandomMatrix(5, 4, seed: 33);

    internal static readonly int[] Targets = [1, 1, -1, 1, -1];

    internal static readonly double[] Z = TestNetworks.RandomMatrix(1, 4, seed: 34).RowArray(0);

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++) s += a[j] * b[j];
        return s;
    }

    internal static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    internal static double PhiByFormula(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        double d = x.Length;
        double rho = (Dot(x, z) / d + 1) / Math.Sqrt((Dot(x, x) / d + 1) * (Dot(z, z) / d + 1));
        return (1 + Slope) * (1 + Slope) / 4 + (1 - Slope) * (1 - Slope) * Math.Asin(rho) / (2 * Math.PI);
    }

    internal static double[] ClassFeature(int n)
    {
        var v = new double[X.Cols];
        for (int k = 0; k < X.Rows; k++)
            for (int j = 0; j < X.Cols; j++) v[j] += Y[k] * PhiByFormula(X.Row(k), X.Row(n)) * X[k, j] / X.Rows;
        return v;
    }
}
