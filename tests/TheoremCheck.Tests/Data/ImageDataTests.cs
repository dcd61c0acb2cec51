using TheoremCheck.Data;

namespace TheoremCheck.Tests.Data;

public class ImageDataTests
{
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
