using TheoremCheck.Data;

namespace TheoremCheck.Tests;

public class DataTests
{
    [Fact]
    public void Shifted_gauss_has_class_means_at_plus_and_minus_0_3()
    {
        var set = SyntheticData.Sample(DataKind.ShiftedGauss, 2000, 20, new Random(1));
        Assert.Equal(1000, set.Labels.Count(y => y == 1));
        Assert.Equal(1, set.Labels[0]);
        Assert.Equal(-1, set.Labels[1]);
        double positiveMean = Enumerable.Range(0, 2000).Where(n => set.Labels[n] == 1).SelectMany(n => set.Inputs.RowArray(n)).Average();
        double negativeMean = Enumerable.Range(0, 2000).Where(n => set.Labels[n] == -1).SelectMany(n => set.Inputs.RowArray(n)).Average();
        // 20000 unit-variance values per class: standard error 0.007; 5 errors.
        Assert.InRange(positiveMean, 0.3 - 0.035, 0.3 + 0.035);
        Assert.InRange(negativeMean, -0.3 - 0.035, -0.3 + 0.035);
    }

    [Fact]
    public void Gauss_and_uniform_have_their_ranges_and_random_labels()
    {
        var gauss = SyntheticData.Sample(DataKind.Gauss, 500, 10, new Random(2));
        double variance = gauss.Inputs.Data.Select(x => x * x).Average();
        Assert.InRange(variance, 1 - 5 * Math.Sqrt(2.0 / 5000), 1 + 5 * Math.Sqrt(2.0 / 5000));
        var uniform = SyntheticData.Sample(DataKind.Uniform, 500, 10, new Random(2));
        Assert.All(uniform.Inputs.Data, x => Assert.InRange(x, -1, 1));
        Assert.Contains(uniform.Inputs.Data, x => x < -0.9);
        Assert.Contains(uniform.Inputs.Data, x => x > 0.9);
        Assert.InRange(uniform.Labels.Average(), -0.25, 0.25);
        Assert.All(gauss.Labels, y => Assert.True(y is 1 or -1));
    }

    [Fact]
    public void Orthogonal_samples_are_mutually_orthogonal_with_norm_root_d()
    {
        var set = SyntheticData.Sample(DataKind.Orthogonal, 5, 9, new Random(4));
        for (int p = 0; p < 5; p++)
            for (int q = 0; q < 5; q++)
            {
                double dot = 0;
                for (int j = 0; j < 9; j++) dot += set.Inputs[p, j] * set.Inputs[q, j];
                Assert.Equal(p == q ? 9.0 : 0.0, dot, 12);
            }
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Orthogonal, 10, 9, new Random(4)));
    }

    [Fact]
    public void Same_seed_same_data_and_independent_test_set()
    {
        var a = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 7);
        var b = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 7);
        var c = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 8);
        Assert.Equal(a.Train.Inputs.Data, b.Train.Inputs.Data);
        Assert.Equal(a.Test.Inputs.Data, b.Test.Inputs.Data);
        Assert.NotEqual(a.Train.Inputs.Data, c.Train.Inputs.Data);
        Assert.NotEqual(a.Train.Inputs.Data.Take(15), a.Test.Inputs.Data.Take(15));
        Assert.Equal(5, a.Test.Count);
        Assert.Equal(3, a.Train.Dimension);
    }

    [Fact]
    public void Sizes_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 0, 3, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 3, -1, new Random(1)));
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Mnist, 3, 3, new Random(1)));
    }

    [Fact]
    public void Reads_the_shared_MNIST_test_set_with_its_digit_counts()
    {
        var images = IdxReader.ReadImages(Path.Combine(RepositoryPaths.MnistDirectory, "t10k-images-idx3-ubyte.gz"));
        var labels = IdxReader.ReadLabels(Path.Combine(RepositoryPaths.MnistDirectory, "t10k-labels-idx1-ubyte.gz"));
        Assert.Equal(10000, images.Count);
        Assert.Equal((28, 28), (images.Rows, images.Cols));
        Assert.Equal(10000, labels.Length);
        int[] counts = new int[10];
        foreach (var y in labels) counts[y]++;
        Assert.Equal(new[] { 980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009 }, counts);
    }

    [Fact]
    public void MNIST_one_versus_two_splits_by_position_and_centres_by_the_training_mean()
    {
        var data = ImageData.LoadClassPair(RepositoryPaths.MnistDirectory, 1, 2);
        // 1135 ones and 1032 twos: 2167 images, 1084 at even positions, 1083 at odd.
        Assert.Equal(1084, data.Train.Count);
        Assert.Equal(1083, data.Test.Count);
        Assert.Equal(784, data.Train.Dimension);
        Assert.Equal(1135 + 1032, data.Train.Labels.Concat(data.Test.Labels).Count());
        Assert.Equal(1135, data.Train.Labels.Concat(data.Test.Labels).Count(y => y == 1));
        for (int j = 0; j < 784; j += 97)
        {
            double mean = Enumerable.Range(0, data.Train.Count).Average(n => data.Train.Inputs[n, j]);
            Assert.Equal(0, mean, 10);
        }
        Assert.Throws<ArgumentException>(() => ImageData.LoadClassPair(RepositoryPaths.MnistDirectory, 3, 3));
        Assert.Throws<DirectoryNotFoundException>(() => ImageData.LoadClassPair(Path.Combine(RepositoryPaths.Root, "no-such-dir"), 1, 2));
    }
}
