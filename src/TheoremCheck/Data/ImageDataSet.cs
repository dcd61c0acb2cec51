namespace TheoremCheck.Data;

/// <summary>
/// An IDX image data set as the reference code prepares it (THEORY §2): its default class pair, the scalar it
/// subtracts (the mean pixel value of its full training set, torchvision's normalisation constant; none for an
/// unnamed IDX set, which is centred by its own training images' mean) and where a Debian package installs it.
/// </summary>
public sealed record ImageDataSet(DataKind Kind, string Name, int PositiveClass, int NegativeClass, double? MeanPixel, string? Package)
{
    /// <summary>Digits 1 (+1) vs 2 (-1), minus 0.1307. No Debian package ships MNIST.</summary>
    public static ImageDataSet Mnist { get; } = new(DataKind.Mnist, "MNIST", 1, 2, 0.1307, null);

    /// <summary>T-shirt/top (0, +1) vs ankle boot (9, -1), minus 0.2860; Debian's package dataset-fashion-mnist.</summary>
    public static ImageDataSet FashionMnist { get; } = new(DataKind.FashionMnist, "Fashion-MNIST", 0, 9, 0.2860, "fashion-mnist");

    /// <summary>Any other directory of IDX files: classes 1 vs 2 unless given, centred by its training images' mean pixel.</summary>
    public static ImageDataSet Idx { get; } = new(DataKind.Idx, "IDX", 1, 2, null, null);

    public static bool IsImage(DataKind kind) => kind is DataKind.Mnist or DataKind.FashionMnist or DataKind.Idx;

    public static ImageDataSet For(DataKind kind) => kind switch
    {
        DataKind.Mnist => Mnist,
        DataKind.FashionMnist => FashionMnist,
        DataKind.Idx => Idx,
        _ => throw new ArgumentException($"{kind} is not an image data set.", nameof(kind)),
    };

    /// <summary>The Debian package's name (dataset-&lt;dir&gt;), null when none ships the set.</summary>
    public string? PackageName => Package is null ? null : "dataset-" + Package;

    /// <summary>The package's directory under <paramref name="packageRoot"/>, null when none ships the set.</summary>
    public string? PackageDirectory(string packageRoot) => Package is null ? null : Path.Combine(packageRoot, Package);
}
