using System.Text.Json.Serialization;
using TheoremCheck.Data;

namespace TheoremCheck.Pipeline;

/// <summary>
/// Where the samples come from (THEORY §2): a synthetic set of <see cref="Samples"/> training and
/// <see cref="TestSamples"/> fresh points in dimension <see cref="Dimension"/>, or a class pair of IDX image
/// files in <see cref="Directory"/> (or, for a data set Debian packages, its package directory), whose files fix
/// d, N and the test count (a run's effective specification records the values it used, the directory and class
/// pair among them). Image pixels are centred as <see cref="Centring"/> says, by default as the reference code does.
/// </summary>
public sealed record DataSpec
{
    public const string Section = "data";
    /// <summary>Classes are digits (MNIST) or Fashion-MNIST categories.</summary>
    public const int LargestClass = 9;

    public DataKind Kind { get; init; } = DataKind.ShiftedGauss;
    public string? Directory { get; init; }
    /// <summary>The class pair of image data; null: the data set's own (<see cref="ImageDataSet"/>: MNIST 1 vs 2, Fashion-MNIST 0 vs 9).</summary>
    public ClassPair? Classes { get; init; }
    /// <summary>How image pixels are centred: the data set's scalar mean pixel (the reference's) or the training mean image.</summary>
    public Centring Centring { get; init; } = Centring.Scalar;
    public int Dimension { get; init; } = 100;
    public int Samples { get; init; } = 1000;
    public int TestSamples { get; init; } = 1000;

    /// <summary>Data read from IDX files rather than drawn: d and N come from the files.</summary>
    [JsonIgnore]
    public bool IsImageData => ImageDataSet.IsImage(Kind);

    /// <summary>The class pair a run uses: <see cref="Classes"/>, or the image data set's own.</summary>
    [JsonIgnore]
    public ClassPair Pair => Classes ?? (IsImageData ? new ClassPair(ImageDataSet.For(Kind).PositiveClass, ImageDataSet.For(Kind).NegativeClass) : new ClassPair(1, 2));

    public IEnumerable<SpecProblem> Problems()
    {
        foreach (var p in SpecRules.Positive(Field(nameof(Dimension)), Dimension)) yield return p;
        foreach (var p in SpecRules.Positive(Field(nameof(Samples)), Samples)) yield return p;
        foreach (var p in SpecRules.Positive(Field(nameof(TestSamples)), TestSamples)) yield return p;
        if (Kind == DataKind.Orthogonal && Samples > 0 && Dimension > 0)
        {
            if (Samples > Dimension) yield return new(Field(nameof(Samples)), $"must be at most the dimension {Dimension} for orthogonal data, got {Samples}");
            if (TestSamples > Dimension) yield return new(Field(nameof(TestSamples)), $"must be at most the dimension {Dimension} for orthogonal data, got {TestSamples}");
        }
        if (!IsImageData) yield break;

        string directory = Field(nameof(Directory));
        if (string.IsNullOrWhiteSpace(Directory))
        {
            if (ImageData.Locate(ImageDataSet.For(Kind), null, DatasetPackages.Root) is null)
                yield return new(directory, ImageData.MissingFiles(ImageDataSet.For(Kind), DatasetPackages.Root));
        }
        else if (File.Exists(Directory)) yield return new(directory, $"'{Directory}' is a file; give the directory that holds the IDX files");
        else if (!System.IO.Directory.Exists(Directory)) yield return new(directory, $"'{Directory}' does not exist");
        string classes = Field(nameof(Classes));
        foreach (int c in new[] { Pair.Positive, Pair.Negative })
            if (c is < 0 or > LargestClass) yield return new(classes, $"class {c} is not in 0..{LargestClass}");
        if (Pair.Positive == Pair.Negative) yield return new(classes, $"needs two different classes, got {Pair}");
    }

    /// <summary>The path of one of this section's values in the specification's JSON, e.g. <c>data.test_samples</c>.</summary>
    public static string Field(string property) => SpecJson.Path(Section, property);
}
