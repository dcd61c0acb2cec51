using TheoremCheck.Numerics;

namespace TheoremCheck.Data;

/// <summary>
/// Class pairs of IDX image data sets (THEORY §2): class <c>positive</c> labelled +1, <c>negative</c> -1, pixels
/// scaled to [0, 1] and centred (<see cref="Centring"/>): by default minus the data set's scalar mean pixel value, as
/// the reference code. With the train-* and t10k-* files both present (Debian's dataset-fashion-mnist) the training
/// file trains and the test file tests; with only one of them (as in ../shared/data/mnist), the pair's images are
/// split by position in file order: even positions train, odd positions test.
/// </summary>
public static class ImageData
{
    private const string TestImages = "t10k-images-idx3-ubyte", TestLabels = "t10k-labels-idx1-ubyte",
        TrainImages = "train-images-idx3-ubyte", TrainLabels = "train-labels-idx1-ubyte";

    /// <summary>
    /// The directory to read: <paramref name="dataDir"/> when given, else the set's Debian package directory under
    /// <paramref name="packageRoot"/> when it holds IDX files; null when neither (see <see cref="MissingFiles"/>).
    /// </summary>
    public static string? Locate(ImageDataSet set, string? dataDir, string packageRoot)
    {
        if (!string.IsNullOrWhiteSpace(dataDir)) return dataDir;
        return set.PackageDirectory(packageRoot) is { } package && HoldsIdxFiles(package) ? package : null;
    }

    /// <summary>
    /// Why no files were found, naming every way to get them; it reads after the name of the missing directory
    /// ("the data directory: not given, and ...").
    /// </summary>
    public static string MissingFiles(ImageDataSet set, string packageRoot) =>
        set.PackageName is { } package
            ? $"not given, and no {set.Name} IDX files in {set.PackageDirectory(packageRoot)}: install Debian's package {package} " +
              $"(apt-get install {package}), or give a directory holding the IDX files (e.g. ../shared/data/{set.Package}, the test set)"
            : $"is required for {set.Name} data: a directory holding the IDX files (t10k-* or train-*)" +
              (set.Kind == DataKind.Mnist ? ", e.g. ../shared/data/mnist; no Debian package ships MNIST" : "");

    /// <summary>Whether the directory holds a pair of image and label files (t10k-* or train-*, gzip or raw).</summary>
    public static bool HoldsIdxFiles(string directory) =>
        Directory.Exists(directory)
        && ((Existing(directory, TestImages) is not null && Existing(directory, TestLabels) is not null)
            || (Existing(directory, TrainImages) is not null && Existing(directory, TrainLabels) is not null));

    /// <summary>The class pair of <paramref name="set"/> from the located directory, centred as asked.</summary>
    public static Dataset Load(ImageDataSet set, string? dataDir, int positive, int negative, Centring centring, string packageRoot)
    {
        string directory = Locate(set, dataDir, packageRoot) ?? throw new FileNotFoundException($"The data directory: {MissingFiles(set, packageRoot)}.");
        return LoadClassPair(directory, positive, negative, centring, set.MeanPixel, set.Name);
    }

    /// <summary>
    /// The class pair from <paramref name="directory"/>. Scalar centring subtracts <paramref name="meanPixel"/>, or, when it
    /// is null, the mean pixel value of the pair's training images; pixel centring subtracts their mean image.
    /// </summary>
    public static Dataset LoadClassPair(string directory, int positive, int negative, Centring centring = Centring.Pixel,
        double? meanPixel = null, string name = "IDX")
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Data directory '{directory}' does not exist.");
        if (positive == negative) throw new ArgumentException($"The class pair needs two different classes, got {positive} twice.");
        var test = Find(directory, TestImages, TestLabels);
        var train = Find(directory, TrainImages, TrainLabels);
        if (test is null && train is null)
            throw new FileNotFoundException($"No IDX image/label files (t10k-* or train-*) in '{directory}'.");

        List<(byte[] Image, int Label)> trainSet, testSet;
        string split;
        if (train is not null && test is not null)
        {
            trainSet = Select(train.Value, positive, negative);
            testSet = Select(test.Value, positive, negative);
            split = "training file trains, test file tests";
        }
        else
        {
            var all = Select((train ?? test)!.Value, positive, negative);
            trainSet = all.Where((_, i) => i % 2 == 0).ToList();
            testSet = all.Where((_, i) => i % 2 == 1).ToList();
            split = "even positions train, odd test";
        }
        if (trainSet.Count == 0) throw new ArgumentException($"Classes {positive} and {negative} do not occur in '{directory}'.");

        int dim = trainSet[0].Image.Length;
        var mean = new double[dim];
        string centred;
        if (centring == Centring.Pixel)
        {
            foreach (var (image, _) in trainSet) for (int j = 0; j < dim; j++) mean[j] += image[j] / 255.0;
            for (int j = 0; j < dim; j++) mean[j] /= trainSet.Count;
            centred = "minus the training mean image";
        }
        else
        {
            double scalar = meanPixel ?? MeanPixel(trainSet);
            Array.Fill(mean, scalar);
            centred = $"minus {scalar:0.0000}" + (meanPixel is null ? " (mean pixel of the training images)" : $" ({name}'s mean pixel)");
        }

        return new Dataset(ToSet(trainSet, mean), ToSet(testSet, mean),
            $"{name} classes {positive} (+1) vs {negative} (-1) from {directory} ({split}), d = {dim}, {centred}");
    }

    /// <summary>The mean over all pixels of the images, each pixel in [0, 1].</summary>
    private static double MeanPixel(List<(byte[] Image, int Label)> images)
    {
        long sum = 0, count = 0;
        foreach (var (image, _) in images)
        {
            foreach (byte b in image) sum += b;
            count += image.Length;
        }
        return sum / 255.0 / count;
    }

    private static (IdxImages Images, byte[] Labels)? Find(string directory, string images, string labels)
    {
        string? imagePath = Existing(directory, images), labelPath = Existing(directory, labels);
        if (imagePath is null || labelPath is null) return null;
        var x = IdxReader.ReadImages(imagePath);
        var y = IdxReader.ReadLabels(labelPath);
        if (x.Count != y.Length) throw new IdxFormatException($"{imagePath} has {x.Count} images but {labelPath} has {y.Length} labels.");
        return (x, y);
    }

    private static string? Existing(string directory, string stem) =>
        new[] { stem + ".gz", stem }.Select(file => Path.Combine(directory, file)).FirstOrDefault(File.Exists);

    private static List<(byte[] Image, int Label)> Select((IdxImages Images, byte[] Labels) file, int positive, int negative)
    {
        var selected = new List<(byte[], int)>();
        for (int i = 0; i < file.Labels.Length; i++)
            if (file.Labels[i] == positive || file.Labels[i] == negative)
                selected.Add((file.Images.Image(i).ToArray(), file.Labels[i] == positive ? 1 : -1));
        return selected;
    }

    private static LabelledSet ToSet(List<(byte[] Image, int Label)> samples, double[] mean)
    {
        int dim = mean.Length;
        var inputs = new Matrix<double>(samples.Count, dim);
        var labels = new int[samples.Count];
        for (int n = 0; n < samples.Count; n++)
        {
            var row = inputs.Row(n);
            for (int j = 0; j < dim; j++) row[j] = samples[n].Image[j] / 255.0 - mean[j];
            labels[n] = samples[n].Label;
        }
        return new LabelledSet(inputs, labels);
    }
}
