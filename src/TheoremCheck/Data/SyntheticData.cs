using TheoremCheck.Numerics;

namespace TheoremCheck.Data;

/// <summary>
/// The synthetic data sets of the reference code (THEORY §2): gauss, shifted_gauss, uniform,
/// and mutually orthogonal samples (the ICLR 2024 setting).
/// </summary>
public static class SyntheticData
{
    public const double ShiftedGaussMean = 0.3;

    public static LabelledSet Sample(DataKind kind, int count, int dimension, Random rng)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), $"Sample count must be positive, got {count}.");
        if (dimension <= 0) throw new ArgumentOutOfRangeException(nameof(dimension), $"Dimension must be positive, got {dimension}.");
        var inputs = new Matrix<double>(count, dimension);
        var labels = new int[count];
        // Sample by sample (input, then label), so a smaller count draws a prefix of a larger one's samples.
        switch (kind)
        {
            case DataKind.Gauss:
                for (int n = 0; n < count; n++)
                {
                    Seeding.Gaussian(rng, dimension, 0, 1).CopyTo(inputs.Row(n));
                    labels[n] = rng.Next(2) == 0 ? -1 : 1;
                }
                break;
            case DataKind.ShiftedGauss:
                // Half +1 around +0.3·1, half -1 around -0.3·1 as the reference code, alternating (even n: +1) rather
                // than in two blocks so that a prefix keeps both classes; an odd count has one +1 more.
                for (int n = 0; n < count; n++)
                {
                    var row = inputs.Row(n);
                    Seeding.Gaussian(rng, dimension, 0, 1).CopyTo(row);
                    labels[n] = n % 2 == 0 ? 1 : -1;
                    for (int j = 0; j < dimension; j++) row[j] += labels[n] * ShiftedGaussMean;
                }
                break;
            case DataKind.Uniform:
                for (int n = 0; n < count; n++)
                {
                    var row = inputs.Row(n);
                    for (int j = 0; j < dimension; j++) row[j] = 2 * rng.NextDouble() - 1;
                    labels[n] = rng.Next(2) == 0 ? -1 : 1;
                }
                break;
            case DataKind.Orthogonal:
                if (count > dimension)
                    throw new ArgumentException($"Mutually orthogonal data needs samples <= dimension, got {count} > {dimension}.");
                // Scaled coordinate vectors under a random permutation (drawn first, it depends on d only): exactly
                // orthogonal, norm √d like a Gaussian sample.
                var axes = Enumerable.Range(0, dimension).ToArray();
                for (int j = dimension - 1; j > 0; j--) { int k = rng.Next(j + 1); (axes[j], axes[k]) = (axes[k], axes[j]); }
                for (int n = 0; n < count; n++)
                {
                    labels[n] = rng.Next(2) == 0 ? -1 : 1;
                    inputs[n, axes[n]] = Math.Sqrt(dimension);
                }
                break;
            default:
                throw new ArgumentException($"{kind} is not a synthetic data set.", nameof(kind));
        }
        return new LabelledSet(inputs, labels);
    }

    /// <summary>Training and test sets drawn from independent streams of the same seed.</summary>
    public static Dataset Create(DataKind kind, int trainCount, int testCount, int dimension, int seed) =>
        new(Sample(kind, trainCount, dimension, Seeding.Stream(seed, "train-data")),
            Sample(kind, testCount, dimension, Seeding.Stream(seed, "test-data")),
            $"{Name(kind)}, d = {dimension}");

    /// <summary>The data set's name as the command line spells it.</summary>
    public static string Name(DataKind kind) => kind switch
    {
        DataKind.Gauss => "gauss",
        DataKind.ShiftedGauss => "shifted-gauss",
        DataKind.Uniform => "uniform",
        DataKind.Orthogonal => "orthogonal",
        _ => throw new ArgumentException($"{kind} is not a synthetic data set.", nameof(kind)),
    };
}
