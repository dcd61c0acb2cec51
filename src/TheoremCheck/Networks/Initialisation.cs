using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Networks;

/// <summary>
/// THEORY §2: w_i ~ N(0, I_d/d), b_i ~ N(0, 1), a_i ~ N(0, 1/m). Symmetric init (§3 E2) pairs
/// neuron 2j+1 with neuron 2j: same (w, b), readout negated, so f_0 ≡ 0.
/// Prefix-stable: the first k neurons (pairs) of a width-m network are those of every wider one, with
/// readouts rescaled by √(m/m'), so a shrinker that narrows a network keeps the neurons it had.
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

        // Neuron by neuron (pair by pair when symmetric): w_i, b_i, then a standard-normal readout scaled by 1/√m.
        // The stream's state after neuron i does not depend on m, so a narrower network is a prefix of a wider
        // one up to the readout scale, and shrinking a width keeps the weights already drawn.
        var weights = new Matrix<T>(width, dimension);
        var bias = new T[width];
        var readout = new T[width];
        T Convert(double value) => T.CreateChecked(roundToGrid ? RoundToGrid(value) : value);
        double weightScale = Math.Sqrt(1.0 / dimension), readoutScale = Math.Sqrt(1.0 / width);
        int copies = kind == InitKind.Symmetric ? 2 : 1;
        for (int drawn = 0; drawn < width / copies; drawn++)
        {
            var values = Seeding.Gaussian(rng, dimension + 2, 0, 1);
            for (int copy = 0; copy < copies; copy++)
            {
                int i = drawn * copies + copy;
                double sign = copy == 0 ? 1 : -1;
                for (int j = 0; j < dimension; j++) weights[i, j] = Convert(weightScale * values[j]);
                bias[i] = Convert(values[dimension]);
                readout[i] = Convert(sign * readoutScale * values[dimension + 1]);
            }
        }
        return new TwoLayerNetwork<T>(weights, bias, readout, slope);
    }

    public static double RoundToGrid(double value) => Math.Round(value * (1 << GridBits)) / (1 << GridBits);
}
