using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Networks;

public enum InitKind { Gaussian, Symmetric }

/// <summary>
/// THEORY §2: w_i ~ N(0, I_d/d), b_i ~ N(0, 1), a_i ~ N(0, 1/m). Symmetric init (§3 E2) pairs
/// neuron 2j+1 with neuron 2j: same (w, b), readout negated, so f_0 ≡ 0.
/// In exact mode every draw is rounded to the dyadic grid 2^-GridBits so the rationals stay small.
/// </summary>
public static class Initialisation
{
    public const int GridBits = 6;

    public static TwoLayerNetwork<T> Create<T>(int width, int dimension, T slope, InitKind kind, Random rng)
        where T : struct,
        IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
        IDivisionOperators<T, T, T>, IUnaryNegationOperators<T, T>,
        IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>, IComparisonOperators<T, T, bool>
    {
        if (width <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"Width must be positive, got {width}.");
        if (dimension <= 0) throw new ArgumentOutOfRangeException(nameof(dimension), $"Dimension must be positive, got {dimension}.");
        if (kind == InitKind.Symmetric && width % 2 != 0)
            throw new ArgumentException($"Symmetric initialisation needs an even width, got {width}.", nameof(width));

        int drawn = kind == InitKind.Symmetric ? width / 2 : width;
        var w = Seeding.Gaussian(rng, drawn * dimension, 0, Math.Sqrt(1.0 / dimension));
        var b = Seeding.Gaussian(rng, drawn, 0, 1);
        var a = Seeding.Gaussian(rng, drawn, 0, Math.Sqrt(1.0 / width));

        var weights = new Matrix<T>(width, dimension);
        var bias = new T[width];
        var readout = new T[width];
        for (int i = 0; i < width; i++)
        {
            int source = kind == InitKind.Symmetric ? i / 2 : i;
            double sign = kind == InitKind.Symmetric && i % 2 == 1 ? -1 : 1;
            for (int j = 0; j < dimension; j++) weights[i, j] = Convert<T>(w[source * dimension + j]);
            bias[i] = Convert<T>(b[source]);
            readout[i] = Convert<T>(sign * a[source]);
        }
        return new TwoLayerNetwork<T>(weights, bias, readout, slope);
    }

    private static T Convert<T>(double value) where T : struct =>
        Scalar<T>.IsExact ? Scalar<T>.FromDouble(RoundToGrid(value)) : Scalar<T>.FromDouble(value);

    public static double RoundToGrid(double value) => Math.Round(value * (1 << GridBits)) / (1 << GridBits);
}
