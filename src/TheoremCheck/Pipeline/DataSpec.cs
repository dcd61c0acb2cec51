using System.Text.Json.Serialization;
using TheoremCheck.Data;

namespace TheoremCheck.Pipeline;

/// <summary>
/// Where the samples come from (THEORY §2): a synthetic set of <see cref="Samples"/> training and
/// <see cref="TestSamples"/> fresh points in dimension <see cref="Dimension"/>, or a class pair of IDX image
/// files in <see cref="Directory"/>, whose files fix d, N and the test count (a run's effective
/// specification records the values it used).
/// </summary>
public sealed record DataSpec
{
    public const string Section = "data";
    /// <summary>Classes are digits (MNIST) or Fashion-MNIST categories.</summary>
    public const int LargestClass = 9;

    public DataKind Kind { get; init; } = DataKind.ShiftedGauss;
    public string? Directory { get; init; }
    public ClassPair Classes { get; init; } = new(1, 2);
    public int Dimension { get; init; } = 100;
    public int Samples { get; init; } = 1000;
    public int TestSamples { get; init; } = 1000;

    /// <summary>Data read from IDX files rather than drawn: d and N come from the files.</summary>
    [JsonIgnore]
    public bool IsImageData => Kind == DataKind.Mnist;

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
        if (string.IsNullOrWhiteSpace(Directory)) yield return new(directory, "is required for image data: the directory of the IDX files");
        else if (File.Exists(Directory)) yield return new(directory, $"'{Directory}' is a file; give the directory that holds the IDX files");
        else if (!System.IO.Directory.Exists(Directory)) yield return new(directory, $"'{Directory}' does not exist");
        string classes = Field(nameof(Classes));
        foreach (int c in new[] { Classes.Positive, Classes.Negative })
            if (c is < 0 or > LargestClass) yield return new(classes, $"class {c} is not in 0..{LargestClass}");
        if (Classes.Positive == Classes.Negative) yield return new(classes, $"needs two different classes, got {Classes}");
    }

    /// <summary>The path of one of this section's values in the specification's JSON, e.g. <c>data.test_samples</c>.</summary>
    public static string Field(string property) => SpecJson.Path(Section, property);
}
