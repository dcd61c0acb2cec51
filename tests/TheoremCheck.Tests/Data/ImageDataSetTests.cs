using TheoremCheck.Data;

namespace TheoremCheck.Tests.Data;

public class ImageDataSetTests
{
    [Fact]
    public void Named_sets_carry_the_reference_class_pairs_and_centring_constants()
    {
        Assert.Equal((1, 2, 0.1307), (ImageDataSet.Mnist.PositiveClass, ImageDataSet.Mnist.NegativeClass, ImageDataSet.Mnist.MeanPixel!.Value));
        Assert.Equal((0, 9, 0.2860), (ImageDataSet.FashionMnist.PositiveClass, ImageDataSet.FashionMnist.NegativeClass, ImageDataSet.FashionMnist.MeanPixel!.Value));
        Assert.Null(ImageDataSet.Idx.MeanPixel);
        Assert.Equal("dataset-fashion-mnist", ImageDataSet.FashionMnist.PackageName);
        Assert.Equal(Path.Combine("/root", "fashion-mnist"), ImageDataSet.FashionMnist.PackageDirectory("/root"));
        Assert.Null(ImageDataSet.Mnist.PackageName);
        Assert.Null(ImageDataSet.Mnist.PackageDirectory("/root"));
    }

    [Fact]
    public void Kinds_map_to_their_sets()
    {
        Assert.Same(ImageDataSet.Mnist, ImageDataSet.For(DataKind.Mnist));
        Assert.Same(ImageDataSet.FashionMnist, ImageDataSet.For(DataKind.FashionMnist));
        Assert.Same(ImageDataSet.Idx, ImageDataSet.For(DataKind.Idx));
        Assert.Throws<ArgumentException>(() => ImageDataSet.For(DataKind.Gauss));
        Assert.True(ImageDataSet.IsImage(DataKind.FashionMnist) && ImageDataSet.IsImage(DataKind.Idx) && ImageDataSet.IsImage(DataKind.Mnist));
        Assert.False(ImageDataSet.IsImage(DataKind.ShiftedGauss));
    }

    [Fact]
    public void The_package_root_defaults_to_debians()
    {
        Assert.Equal("/usr/share/datasets", DatasetPackages.DefaultRoot);
        string? set = Environment.GetEnvironmentVariable(DatasetPackages.EnvironmentVariable);
        Assert.Equal(string.IsNullOrEmpty(set) ? DatasetPackages.DefaultRoot : set, DatasetPackages.Root);
    }
}
