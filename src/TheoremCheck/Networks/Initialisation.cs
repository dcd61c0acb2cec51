using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Networks;

/// <summary>
/// THEORY §2: w_i ~ N(0, I_d/d), b_i ~ N(0, 1), a_i ~ N(0, 1/m). Symmetric init (§3 E2) pairs
/// neuron 2j+1 with neuron 2j: same (w, b), readout negated, so f_0 ≡ 0.
/// Exact runs ask for every draw to be rounded to the dyadic grid 2^-GridBits so the rationals stay small.
/// </summary>
public static class Initialisation
{
    public const int GridBits = 6;

    /// <param name="roundToGrid">round every draw to the grid 2^-<see cref="GridBits"/> (exact runs) instead of taking it as drawn.</param>
    public static TwoLayerNetwork<T> Create<T>(int width, int dimension, T slope, InitKind kind, Random rng, bool roundToGrid = false)
        where T : struct, INumber<T>
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
        T Convert(double value) => T.CreateChecked(roundToGrid ? RoundToGrid(value) : value);
        for (int i = 0; i < width; i++)
        {
            int source = kind == InitKind.Symmetric ? i / 2 : i;
            double sign = kind == InitKind.Symmetric && i % 2 == 1 ? -1 : 1;
            for (int j = 0; j < dimension; j++) weights[i, j] = Convert(w[source * dimension + j]);
            bias[i] = Convert(b[source]);
            readout[i] = Convert(sign * a[source]);
        }
        return new TwoLayerNetwork<T>(weights, bias, readout, slope);
    }

    public static double RoundToGrid(double value) => Math.Round(value * (1 << GridBits)) / (1 << GridBits);
}
