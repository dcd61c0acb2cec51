using System.Globalization;

namespace TheoremCheck.Cli;

/// <summary>
/// The presets of <c>sweep --preset</c>: the reference code's experiment families (THEORY §7; its bash/train.sh). Where
/// the reference gives a range ("m 1..1000") the values here are spread over it (log-spaced for sizes); a dimension
/// sweep keeps ε ∝ √d as the reference does (the joined option dim:epsilon); the second parameter is the learning-rate
/// grid the reference takes the best over (both rates from {1, 0.1} for synthetic data, {0.01, 0.001} for images; the
/// logistic (b) family uses equal rates from its grid {10, 5, 1, 0.1, 0.01}). Reduced scale: 200 + 200 epochs, smaller
/// d and N where the family is large, fewer values, two seeds; it keeps the family's shape, not its numbers.
/// </summary>
public static class SweepPresets
{
    private static readonly string[] SyntheticRates = ["1:1", "1:0.1", "0.1:1", "0.1:0.1"];
    private static readonly string[] ImageRates = ["0.01:0.01", "0.01:0.001", "0.001:0.01", "0.001:0.001"];
    private const string Rates = "lr-f:lr-g";

    /// <summary>d:ε for each d with ε = c·√d (the reference's dimension sweeps), ε to four significant digits.</summary>
    public static IReadOnlyList<string> DimensionWithEpsilon(IEnumerable<int> dims, double c) =>
        dims.Select(d => $"{d}:{(c * Math.Sqrt(d)).ToString("G4", CultureInfo.InvariantCulture)}").ToList();

    // Shifted Gauss (a): d 100, m 100, N 1000, γ 0, identity, 1000 + 1000 epochs, ε 0.01 (the defaults of run).
    private static readonly string[] GaussAReduced = ["--epochs-f", "200", "--epochs-g", "200"];
    // Shifted Gauss (b): d 5000, N 10000, ε 0.7 = 0.01·√5000, seed 1, scenario b. Reduced: d 500, N 1000, ε 0.01·√500.
    private static readonly string[] ShiftedB = ["--data", "shifted-gauss", "--scenario", "b", "--dim", "5000", "--samples", "10000", "--epsilon", "0.7", "--seed", "1"];
    private static readonly string[] ShiftedBReduced = ["--dim", "500", "--samples", "1000", "--epsilon", "0.2236", "--epochs-f", "200", "--epochs-g", "200"];
    // Gauss (a) and (b): d 10000, N 10000, ε 0.1 (a) = 0.001·√d and 10 (b) = 0.1·√d. Reduced: d 1000, N 1000.
    private static readonly string[] GaussA = ["--data", "gauss", "--dim", "10000", "--samples", "10000", "--epsilon", "0.1"];
    private static readonly string[] GaussAReducedSizes = ["--dim", "1000", "--samples", "1000", "--epsilon", "0.03162", "--epochs-f", "200", "--epochs-g", "200"];
    private static readonly string[] GaussB = ["--data", "gauss", "--scenario", "b", "--dim", "10000", "--samples", "10000", "--epsilon", "10"];
    private static readonly string[] GaussBReducedSizes = ["--dim", "1000", "--samples", "1000", "--epsilon", "3.162", "--epochs-f", "200", "--epochs-g", "200"];
    // MNIST 1 vs 2 and Fashion-MNIST 0 vs 9: m 100, 100 + 100 epochs, ε 0.14.
    private static readonly string[] Images = ["--width", "100", "--epochs-f", "100", "--epochs-g", "100", "--epsilon", "0.14"];

    public static readonly IReadOnlyList<SweepPreset> All =
    [
        Synthetic("shifted-gauss-a-dim", "shifted Gauss (a)", "dimension d 10..100 with ε = 0.001·√d", [], "dim:epsilon",
            DimensionWithEpsilon(Enumerable.Range(1, 10).Select(k => 10 * k), 0.001), GaussAReduced, DimensionWithEpsilon([10, 30, 100], 0.001)),
        Synthetic("shifted-gauss-a-dim-logistic", "shifted Gauss (a)", "logistic loss, dimension d 10..50 with ε = 0.001·√d", ["--loss", "logistic"], "dim:epsilon",
            DimensionWithEpsilon([10, 20, 30, 40, 50], 0.001), GaussAReduced, DimensionWithEpsilon([10, 30, 50], 0.001)),
        Synthetic("shifted-gauss-a-width", "shifted Gauss (a)", "width m 1..1000", [], "width",
            ["1", "3", "10", "30", "100", "300", "1000"], GaussAReduced, ["1", "10", "100", "1000"]),
        Synthetic("shifted-gauss-a-slope", "shifted Gauss (a)", "leaky-ReLU slope γ", [], "slope",
            ["0", "0.25", "0.5", "0.75", "0.99"], GaussAReduced, ["0", "0.5", "0.99"]),
        Synthetic("shifted-gauss-a-samples", "shifted Gauss (a)", "sample count N 2..10000", [], "samples",
            ["2", "10", "100", "1000", "10000"], GaussAReduced, ["2", "10", "100", "1000"]),
        Synthetic("shifted-gauss-a-epochs-g", "shifted Gauss (a)", "epochs of g 1..100", [], "epochs-g",
            ["1", "3", "10", "30", "100"], ["--epochs-f", "200"], ["1", "10", "100"]),
        Synthetic("shifted-gauss-a-epsilon", "shifted Gauss (a)", "perturbation size ε 0..0.01", [], "epsilon",
            ["0", "0.0025", "0.005", "0.0075", "0.01"], GaussAReduced, ["0", "0.005", "0.01"]),
        new("shifted-gauss-a-epochs-f", "shifted Gauss (a)", "epochs of f 1..10 at lr_f 0.1 (best over lr_g)",
            ["--lr-f", "0.1"], "epochs-f", ["1", "2", "5", "10"], "lr-g", ["1", "0.1"], 5,
            ["--epochs-g", "200"], ["1", "5", "10"], 2),

        Synthetic("shifted-gauss-b-dim", "shifted Gauss (b)", "dimension d 10..5000 with ε = 0.01·√d", ShiftedB, "dim:epsilon",
            DimensionWithEpsilon([10, 50, 100, 500, 1000, 5000], 0.01), ShiftedBReduced, DimensionWithEpsilon([10, 100, 500], 0.01)),
        Synthetic("shifted-gauss-b-width", "shifted Gauss (b)", "width m 1..1000", ShiftedB, "width",
            ["1", "10", "100", "1000"], ShiftedBReduced, ["1", "10", "100"]),
        Synthetic("shifted-gauss-b-slope", "shifted Gauss (b)", "leaky-ReLU slope γ", ShiftedB, "slope",
            ["0", "0.25", "0.5", "0.75", "0.99"], ShiftedBReduced, ["0", "0.5", "0.99"]),
        Synthetic("shifted-gauss-b-samples", "shifted Gauss (b)", "sample count N 2..10000", ShiftedB, "samples",
            ["2", "10", "100", "1000", "10000"], ShiftedBReduced, ["2", "10", "100", "1000"]),
        Synthetic("shifted-gauss-b-epsilon", "shifted Gauss (b)", "perturbation size ε 0..0.7 (reduced: 0..0.22 at d 500)", ShiftedB, "epsilon",
            ["0", "0.175", "0.35", "0.525", "0.7"], ShiftedBReduced, ["0", "0.1118", "0.2236"]),
        Synthetic("shifted-gauss-b-epochs", "shifted Gauss (b)", "epochs of f and g together", ShiftedB, "epochs-f:epochs-g",
            ["10:10", "100:100", "1000:1000"], ShiftedBReduced, ["10:10", "100:100", "200:200"]),
        new("shifted-gauss-b-logistic-dim", "shifted Gauss (b)", "logistic loss, dimension d with ε = 0.01·√d, best over equal rates {10, 5, 1, 0.1, 0.01}",
            [.. ShiftedB, "--loss", "logistic"], "dim:epsilon", DimensionWithEpsilon([10, 100, 1000, 5000], 0.01), Rates, ["10:10", "5:5", "1:1", "0.1:0.1", "0.01:0.01"], 5,
            ShiftedBReduced, DimensionWithEpsilon([10, 100, 500], 0.01), 2),

        Synthetic("gauss-a-dim", "Gauss (a)", "dimension d 10..10000 with ε = 0.001·√d", GaussA, "dim:epsilon",
            DimensionWithEpsilon([10, 100, 1000, 10000], 0.001), GaussAReducedSizes, DimensionWithEpsilon([10, 100, 1000], 0.001)),
        Synthetic("gauss-a-width", "Gauss (a)", "width m 1..1000", GaussA, "width",
            ["1", "10", "100", "1000"], GaussAReducedSizes, ["1", "10", "100"]),
        Synthetic("gauss-b-dim", "Gauss (b)", "dimension d 10..10000 with ε = 0.1·√d", GaussB, "dim:epsilon",
            DimensionWithEpsilon([10, 100, 1000, 10000], 0.1), GaussBReducedSizes, DimensionWithEpsilon([10, 100, 1000], 0.1)),
        Synthetic("gauss-b-width", "Gauss (b)", "width m 1..1000", GaussB, "width",
            ["1", "10", "100", "1000"], GaussBReducedSizes, ["1", "10", "100"]),

        .. ImageFamily("mnist", "MNIST 1 vs 2"),
        .. ImageFamily("fashion-mnist", "Fashion-MNIST 0 vs 9"),
    ];

    public static SweepPreset? Find(string name) => All.FirstOrDefault(p => p.Name == name);

    private static SweepPreset Synthetic(string name, string family, string description, string[] arguments, string parameter, IReadOnlyList<string> values,
        string[] reduced, IReadOnlyList<string> reducedValues) =>
        new(name, family, description, arguments, parameter, values, Rates, SyntheticRates, 5, reduced, reducedValues, 2);

    private static IEnumerable<SweepPreset> ImageFamily(string data, string family)
    {
        string[] common = ["--data", data, .. Images];
        SweepPreset Image(string what, string description, string parameter, string[] values, string[] reducedValues) =>
            new($"{data}-{what}", family, description, common, parameter, values, Rates, ImageRates, 5, [], reducedValues, 2);
        yield return Image("width", "width m 10..1000", "width", ["10", "30", "100", "300", "1000"], ["10", "100", "300"]);
        yield return Image("slope", "leaky-ReLU slope γ", "slope", ["0", "0.25", "0.5", "0.75", "0.99"], ["0", "0.5", "0.99"]);
        yield return Image("epsilon", "perturbation size ε 0.01..0.28", "epsilon", ["0.01", "0.035", "0.07", "0.14", "0.28"], ["0.035", "0.14", "0.28"]);
        yield return Image("epochs", "epochs of f and g together", "epochs-f:epochs-g", ["10:10", "30:30", "100:100", "300:300"], ["10:10", "30:30", "100:100"]);
    }
}
