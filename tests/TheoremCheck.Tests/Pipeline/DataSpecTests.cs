using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class DataSpecTests
{
    [Theory]
    [InlineData(10, 10, 10, true)]
    [InlineData(10, 11, 10, false)]
    [InlineData(10, 10, 11, false)]
    public void Orthogonal_data_need_no_more_samples_than_dimensions(int dimension, int samples, int tests, bool valid) =>
        Assert.Equal(valid, !new DataSpec { Kind = DataKind.Orthogonal, Dimension = dimension, Samples = samples, TestSamples = tests }.Problems().Any());

    [Fact]
    public void Sizes_must_be_positive()
    {
        var problems = new DataSpec { Dimension = 0, Samples = -1, TestSamples = 0 }.Problems().ToList();
        Assert.Equal(["data.dimension", "data.samples", "data.test_samples"], problems.Select(p => p.Field));
        Assert.Equal("must be a positive integer, got -1", problems[1].Message);
    }

    [Fact]
    public void Image_data_need_an_existing_directory_and_two_classes_in_0_to_9()
    {
        var mnist = new DataSpec { Kind = DataKind.Mnist, Directory = RepositoryPaths.MnistDirectory };
        Assert.Empty(mnist.Problems());
        Assert.Equal("class 12 is not in 0..9", Assert.Single((mnist with { Classes = new ClassPair(1, 12) }).Problems()).Message);
        Assert.Contains("two different classes", Assert.Single((mnist with { Classes = new ClassPair(3, 3) }).Problems()).Message);
        Assert.Contains("is required", Assert.Single((mnist with { Directory = null }).Problems()).Message);
        Assert.Contains("does not exist", Assert.Single((mnist with { Directory = "/no/such/dir" }).Problems()).Message);
        string file = Path.Combine(RepositoryPaths.Root, "README.md");
        Assert.Contains("is a file", Assert.Single((mnist with { Directory = file }).Problems()).Message);
        // Classes and the directory mean nothing for synthetic data.
        Assert.Empty(new DataSpec { Classes = new ClassPair(4, 4), Directory = "/no/such/dir" }.Problems());
    }
}
