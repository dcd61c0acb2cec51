using TheoremCheck.Data;

namespace TheoremCheck.Tests.Data;

public class ImageDataTests : TemporaryDirectoryTest
{
    /// <summary>The t10k images and labels of a shared data directory: 10000 images of 28 × 28 pixels, one label each.</summary>
    private static (IdxImages Images, byte[] Labels) ReadTestSet(string directory)
    {
        var images = IdxReader.ReadImages(Path.Combine(directory, "t10k-images-idx3-ubyte.gz"));
        var labels = IdxReader.ReadLabels(Path.Combine(directory, "t10k-labels-idx1-ubyte.gz"));
        Assert.Equal(10000, images.Count);
        Assert.Equal((28, 28), (images.Rows, images.Cols));
        Assert.Equal(10000, labels.Length);
        return (images, labels);
    }

    [Fact]
    public void Reads_the_shared_MNIST_test_set_with_its_digit_counts()
    {
        var (_, labels) = ReadTestSet(RepositoryPaths.MnistDirectory);
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

    [Fact]
    public void Reads_the_shared_Fashion_MNIST_test_set_with_1000_images_per_class()
    {
        var (_, labels) = ReadTestSet(RepositoryPaths.FashionMnistDirectory);
        Assert.All(Enumerable.Range(0, 10), k => Assert.Equal(1000, labels.Count(y => y == k)));
    }

    [Fact]
    public void Fashion_MNIST_zero_versus_nine_splits_by_position_and_subtracts_0_2860()
    {
        var data = ImageData.Load(ImageDataSet.FashionMnist, RepositoryPaths.FashionMnistDirectory, 0, 9, Centring.Scalar, TempDir);
        // 1000 T-shirts and 1000 ankle boots, 2000 images in file order: 1000 at even positions, 1000 at odd.
        Assert.Equal(1000, data.Train.Count);
        Assert.Equal(1000, data.Test.Count);
        Assert.Equal(784, data.Train.Dimension);
        Assert.Equal(1000, data.Train.Labels.Concat(data.Test.Labels).Count(y => y == 1));
        Assert.Contains("minus 0.2860", data.Description);
        Assert.Contains("even positions train", data.Description);

        // Every pixel is raw/255 - 0.2860: the first and second images of the pair (positions 0 and 1) train and test.
        var (images, labels) = ReadTestSet(RepositoryPaths.FashionMnistDirectory);
        var pair = Enumerable.Range(0, labels.Length).Where(i => labels[i] is 0 or 9).ToArray();
        for (int j = 0; j < 784; j++)
        {
            Assert.Equal(images.Image(pair[0])[j] / 255.0 - 0.2860, data.Train.Inputs[0, j]);
            Assert.Equal(images.Image(pair[1])[j] / 255.0 - 0.2860, data.Test.Inputs[0, j]);
        }
        Assert.Equal(labels[pair[0]] == 0 ? 1 : -1, data.Train.Labels[0]);
    }

    [Fact]
    public void Pixel_centring_subtracts_the_training_mean_image_and_scalar_centring_one_number()
    {
        var pixel = ImageData.LoadClassPair(RepositoryPaths.FashionMnistDirectory, 0, 9, Centring.Pixel);
        var scalar = ImageData.LoadClassPair(RepositoryPaths.FashionMnistDirectory, 0, 9, Centring.Scalar, meanPixel: 0.25);
        var own = ImageData.LoadClassPair(RepositoryPaths.FashionMnistDirectory, 0, 9, Centring.Scalar);
        double ownMean = 0;
        for (int j = 0; j < 784; j += 1)
        {
            Assert.Equal(0, Enumerable.Range(0, pixel.Train.Count).Average(n => pixel.Train.Inputs[n, j]), 10);
            // The same raw pixel under the two centrings differs by (mean image)_j - 0.25.
            Assert.Equal(scalar.Train.Inputs[0, j] - pixel.Train.Inputs[0, j], scalar.Train.Inputs[1, j] - pixel.Train.Inputs[1, j], 12);
            ownMean += Enumerable.Range(0, own.Train.Count).Average(n => own.Train.Inputs[n, j]) / 784;
        }
        // Without a constant, scalar centring subtracts the mean pixel of the training images: they then average 0.
        Assert.Equal(0, ownMean, 10);
        Assert.Contains("mean pixel of the training images", own.Description);
        Assert.Contains("mean image", pixel.Description);
    }

    [Fact]
    public void The_Debian_package_directory_is_used_without_data_dir_training_file_trains_test_file_tests()
    {
        string package = Path.Combine(TempDir, "fashion-mnist");
        Directory.CreateDirectory(package);
        File.WriteAllBytes(Path.Combine(package, "train-images-idx3-ubyte.gz"), IdxReaderTests.Gzip(IdxReaderTests.ImageFile(4, 2, 2, 16)));
        File.WriteAllBytes(Path.Combine(package, "train-labels-idx1-ubyte.gz"), IdxReaderTests.Gzip(IdxReaderTests.LabelFile(0, 9, 3, 9)));
        File.WriteAllBytes(Path.Combine(package, "t10k-images-idx3-ubyte"), IdxReaderTests.ImageFile(2, 2, 2, 8));
        File.WriteAllBytes(Path.Combine(package, "t10k-labels-idx1-ubyte"), IdxReaderTests.LabelFile(9, 0));

        Assert.Equal(package, ImageData.Locate(ImageDataSet.FashionMnist, null, TempDir));
        Assert.Equal("elsewhere", ImageData.Locate(ImageDataSet.FashionMnist, "elsewhere", TempDir));
        var data = ImageData.Load(ImageDataSet.FashionMnist, null, 0, 9, Centring.Scalar, TempDir);
        Assert.Equal([1, -1, -1], data.Train.Labels);          // training images 0, 1, 3 (label 3 is not in the pair)
        Assert.Equal([-1, 1], data.Test.Labels);
        Assert.Equal(12 / 255.0 - 0.2860, data.Train.Inputs[2, 0]);   // image 3 starts at byte 12
        Assert.Equal(4 / 255.0 - 0.2860, data.Test.Inputs[1, 0]);
        Assert.Contains("training file trains, test file tests", data.Description);
    }

    [Fact]
    public void Without_package_or_data_dir_the_error_names_both_ways_to_get_the_files()
    {
        Assert.Null(ImageData.Locate(ImageDataSet.FashionMnist, null, TempDir));
        Directory.CreateDirectory(Path.Combine(TempDir, "fashion-mnist"));   // an empty package directory is no package
        Assert.Null(ImageData.Locate(ImageDataSet.FashionMnist, null, TempDir));
        var error = Assert.Throws<FileNotFoundException>(() => ImageData.Load(ImageDataSet.FashionMnist, null, 0, 9, Centring.Scalar, TempDir));
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
        Assert.Contains(Path.Combine(TempDir, "fashion-mnist"), error.Message);
        Assert.Contains("or give a directory holding the IDX files", error.Message);
        Assert.Contains("../shared/data/fashion-mnist", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        string mnist = ImageData.MissingFiles(ImageDataSet.Mnist, TempDir);
        Assert.StartsWith("is required for MNIST data: a directory holding the IDX files", mnist);
        Assert.Contains("no Debian package ships MNIST", mnist);
        Assert.Null(ImageData.Locate(ImageDataSet.Mnist, null, TempDir));
    }

    [Fact]
    public void The_installed_package_training_set_has_the_reference_mean_pixel()
    {
        // Runs only where Debian's dataset-fashion-mnist is installed; CI machines without it check the rest.
        string? package = ImageDataSet.FashionMnist.PackageDirectory(DatasetPackages.DefaultRoot);
        if (package is null || !File.Exists(Path.Combine(package, "train-images-idx3-ubyte.gz"))) return;
        var images = IdxReader.ReadImages(Path.Combine(package, "train-images-idx3-ubyte.gz"));
        Assert.Equal(60000, images.Count);
        double mean = images.Pixels.Select(b => (double)b).Sum() / images.Pixels.Length / 255;
        Assert.Equal(0.2860, Math.Round(mean, 4));
        var data = ImageData.Load(ImageDataSet.FashionMnist, null, 0, 9, Centring.Scalar, DatasetPackages.DefaultRoot);
        Assert.Equal(12000, data.Train.Count);
        Assert.Equal(2000, data.Test.Count);
    }
}
