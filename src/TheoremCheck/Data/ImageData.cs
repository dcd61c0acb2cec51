using TheoremCheck.Numerics;

namespace TheoremCheck.Data;

/// <summary>
/// MNIST-style class pairs (THEORY §2): class <c>positive</c> labelled +1, <c>negative</c> -1,
/// pixels scaled to [0, 1] and centred by the training set's mean image.
/// With only the t10k files present (as in ../shared/data/mnist), the pair's images are split by
/// position in file order: even positions train, odd positions test.
/// </summary>
public static class ImageData
{
    public static Dataset LoadClassPair(string directory, int positive, int negative)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Data directory '{directory}' does not exist.");
        if (positive == negative) throw new ArgumentException($"The class pair needs two different classes, got {positive} twice.");
        var test = Find(directory, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
        var train = Find(directory, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");
        if (test is null && train is null)
            throw new FileNotFoundException($"No IDX image/label files (t10k-* or train-*) in '{directory}'.");

        List<(byte[] Image, int Label)> trainSet, testSet;
        if (train is not null && test is not null)
        {
            trainSet = Select(train.Value, positive, negative);
            testSet = Select(test.Value, positive, negative);
        }
        else
        {
            var all = Select((train ?? test)!.Value, positive, negative);
            trainSet = all.Where((_, i) => i % 2 == 0).ToList();
            testSet = all.Where((_, i) => i % 2 == 1).ToList();
        }
        if (trainSet.Count == 0) throw new ArgumentException($"Classes {positive} and {negative} do not occur in '{directory}'.");

        int dim = trainSet[0].Image.Length;
        var mean = new double[dim];
        foreach (var (image, _) in trainSet) for (int j = 0; j < dim; j++) mean[j] += image[j] / 255.0;
        for (int j = 0; j < dim; j++) mean[j] /= trainSet.Count;

        return new Dataset(ToSet(trainSet, mean), ToSet(testSet, mean),
            $"IDX classes {positive} (+1) vs {negative} (-1) from {directory}, d = {dim}");
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
        new[] { stem + ".gz", stem }.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists);

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
