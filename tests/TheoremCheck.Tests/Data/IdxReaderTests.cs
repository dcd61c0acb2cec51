using System.IO.Compression;
using TheoremCheck.Data;

namespace TheoremCheck.Tests.Data;

public class IdxReaderTests
{
    public static byte[] ImageFile(uint count, uint rows, uint cols, int payload)
    {
        var bytes = new List<byte> { 0, 0, 8, 3 };
        foreach (uint v in new[] { count, rows, cols }) bytes.AddRange(BigEndian(v));
        bytes.AddRange(Enumerable.Range(0, payload).Select(i => (byte)i));
        return bytes.ToArray();
    }

    public static byte[] LabelFile(params byte[] labels) => [0, 0, 8, 1, .. BigEndian((uint)labels.Length), .. labels];

    private static byte[] BigEndian(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    public static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(raw);
        return output.ToArray();
    }

    [Fact]
    public void Reads_raw_and_gzip_images_alike()
    {
        var raw = ImageFile(2, 2, 3, 12);
        var images = IdxReader.ParseImages(raw, "raw");
        Assert.Equal((2, 2, 3), (images.Count, images.Rows, images.Cols));
        Assert.Equal(new byte[] { 6, 7, 8, 9, 10, 11 }, images.Image(1).ToArray());
        Assert.Equal(images.Pixels, IdxReader.ParseImages(Gzip(raw), "gz").Pixels);
        Assert.Equal(new byte[] { 3, 0, 9 }, IdxReader.ParseLabels(Gzip(LabelFile(3, 0, 9)), "labels"));
    }

    public static TheoryData<string, byte[], string> BadImageFiles => new()
    {
        { "bad magic", [1, 2, 8, 3, 0, 0, 0, 0], "bad magic number" },
        { "not unsigned bytes", [0, 0, 0x0D, 3, 0, 0, 0, 0], "element type" },
        { "labels given as images", LabelFile(1, 2), "rank 1, expected 3" },
        { "empty file", [], "too short" },
        { "truncated header", [0, 0, 8, 3, 0, 0], "header truncated" },
        { "truncated data", ImageFile(2, 2, 2, 7), "truncated" },
        { "trailing data", ImageFile(1, 2, 2, 5), "beyond the size" },
        { "four billion images", ImageFile(uint.MaxValue, 28, 28, 10), "truncated" },
        { "empty images", ImageFile(3, 0, 28, 0), "empty" },
        { "huge images", ImageFile(0, 65536, 65536, 0), "too large" },
        { "corrupt gzip", [0x1F, 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "gzip" },
        { "truncated gzip", Gzip(ImageFile(20, 5, 5, 500))[..40], "" },
    };

    [Theory]
    [MemberData(nameof(BadImageFiles))]
    public void Malformed_image_files_are_rejected_with_a_reason(string name, byte[] bytes, string reason)
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.ParseImages(bytes, name));
        Assert.Contains(name, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Label_files_are_checked_for_range_and_length()
    {
        Assert.Contains("out of range", Assert.Throws<IdxFormatException>(() => IdxReader.ParseLabels(LabelFile(1, 10), "l")).Message);
        Assert.Equal(new byte[] { 1, 10 }, IdxReader.ParseLabels(LabelFile(1, 10), "l", maxLabel: 25));
        var truncated = LabelFile(1, 2, 3)[..^1];
        Assert.Contains("truncated", Assert.Throws<IdxFormatException>(() => IdxReader.ParseLabels(truncated, "l")).Message);
        Assert.Contains("file not found", Assert.Throws<IdxFormatException>(() => IdxReader.ReadLabels("/no/such/file")).Message);
    }

    [Fact]
    public void Image_and_label_counts_must_agree()
    {
        var dir = Directory.CreateTempSubdirectory("idx").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "t10k-images-idx3-ubyte"), ImageFile(3, 2, 2, 12));
            File.WriteAllBytes(Path.Combine(dir, "t10k-labels-idx1-ubyte.gz"), Gzip(LabelFile(1, 2)));
            var error = Assert.Throws<IdxFormatException>(() => ImageData.LoadClassPair(dir, 1, 2));
            Assert.Contains("3 images but", error.Message);

            File.WriteAllBytes(Path.Combine(dir, "t10k-labels-idx1-ubyte.gz"), Gzip(LabelFile(1, 2, 1)));
            var data = ImageData.LoadClassPair(dir, 1, 2);
            Assert.Equal(2, data.Train.Count); // positions 0 and 2
            Assert.Equal(new[] { 1, 1 }, data.Train.Labels);
            Assert.Equal(new[] { -1 }, data.Test.Labels);
            Assert.Contains("do not occur", Assert.Throws<ArgumentException>(() => ImageData.LoadClassPair(dir, 5, 6)).Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_directory_without_IDX_files_is_named()
    {
        var dir = Directory.CreateTempSubdirectory("idx-empty").FullName;
        try { Assert.Contains(dir, Assert.Throws<FileNotFoundException>(() => ImageData.LoadClassPair(dir, 1, 2)).Message); }
        finally { Directory.Delete(dir); }
    }
}
