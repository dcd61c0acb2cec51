using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

/// <summary>Inputs and comparisons shared by the tests of the double kernels.</summary>
public static class KernelCases
{
    /// <summary>Unit roundoff of double, 2⁻⁵³.</summary>
    public const double UnitRoundoff = 1.0 / (1L << 53);

    /// <summary>Every vector path this machine accelerates (the scalar path always), each forced in turn.</summary>
    public static TheoryData<VectorPath> SupportedPaths
    {
        get
        {
            var data = new TheoryData<VectorPath>();
            foreach (var path in VectorPaths.Supported) data.Add(path);
            return data;
        }
    }

    /// <summary>Runs <paramref name="body"/> with <see cref="Parallelism.MaxThreads"/> set to <paramref name="threads"/>, restoring it after.</summary>
    public static void WithThreads(int threads, Action body)
    {
        int saved = Parallelism.MaxThreads;
        try
        {
            Parallelism.MaxThreads = threads;
            body();
        }
        finally
        {
            Parallelism.MaxThreads = saved;
        }
    }

    /// <summary>Every supported path with every length.</summary>
    public static TheoryData<VectorPath, int> OnEveryPath(params int[] lengths)
    {
        var data = new TheoryData<VectorPath, int>();
        foreach (var path in VectorPaths.Supported)
            foreach (int length in lengths) data.Add(path, length);
        return data;
    }

    /// <summary>Every supported path with every width and every leaky-ReLU slope.</summary>
    public static TheoryData<VectorPath, int, double> OnEveryPath(int[] widths, double[] slopes)
    {
        var data = new TheoryData<VectorPath, int, double>();
        foreach (var path in VectorPaths.Supported)
            foreach (int width in widths)
                foreach (double slope in slopes) data.Add(path, width, slope);
        return data;
    }

    /// <summary>
    /// γ_n = n u / (1 - n u) (Higham, Accuracy and Stability of Numerical Algorithms, §3.1): any order of summing
    /// n products, each step rounded once or twice, is within γ_n Σ|terms| of the exact sum, so two orders are
    /// within 2 γ_n Σ|terms| of each other.
    /// </summary>
    public static double Gamma(int n) => n * UnitRoundoff / (1 - n * UnitRoundoff);

    /// <summary>Uniform on [-1, 1) with exact zeros of both signs sprinkled in (φ' at 0, and the sign of zero sums).</summary>
    public static double[] Values(int count, int seed)
    {
        var rng = new Random(seed);
        var values = new double[count];
        for (int j = 0; j < count; j++)
            values[j] = rng.Next(10) switch { 0 => 0.0, 1 => -0.0, _ => rng.NextDouble() * 2 - 1 };
        return values;
    }

    public static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (int j = 0; j < values.Length; j++) bits[j] = BitConverter.DoubleToInt64Bits(values[j]);
        return bits;
    }
}
