using System.Diagnostics;
using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TheoremCheck.Data;

namespace TheoremCheck.Properties;

/// <summary>
/// Robustness of the IDX reader: any byte stream, random or a mutated valid file (raw or gzip),
/// either parses into well-formed data or raises the reader's own <see cref="IdxFormatException"/>.
/// </summary>
public class IdxReaderProperties
{
    /// <summary>Generous bound per input: a hang or a header-sized allocation would take far longer.</summary>
    private static readonly TimeSpan PerInputBound = TimeSpan.FromSeconds(2);

    private static byte[] ValidImages(int count, int rows, int cols) =>
        [0, 0, 8, 3, .. BigEndian(count), .. BigEndian(rows), .. BigEndian(cols), .. Enumerable.Range(0, count * rows * cols).Select(i => (byte)(i * 7))];

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(raw);
        return output.ToArray();
    }

    /// <summary>A mutation of a byte stream: overwrite a byte, cut the tail, or insert bytes.</summary>
    public sealed record Mutation(int Kind, int Position, byte Value)
    {
        public byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0) return [Value];
            int at = Position % bytes.Length;
            return Kind switch
            {
                0 => [.. bytes[..at], Value, .. bytes[(at + 1)..]],
                1 => bytes[..at],
                _ => [.. bytes[..at], Value, Value, .. bytes[at..]],
            };
        }
    }

    private static readonly Gen<Mutation> MutationGen =
        from kind in Gen.Choose(0, 2)
        from position in Gen.Choose(0, 10_000)
        from value in Gen.Choose(0, 255)
        select new Mutation(kind, position, (byte)value);

    /// <summary>A valid small image file, maybe gzipped, with 0..4 mutations; shrinks toward fewer mutations.</summary>
    public static Arbitrary<(int Count, int Rows, int Cols, bool Gzipped, Mutation[] Mutations)> MutatedFiles() =>
        Arb.From(
            from count in Gen.Choose(0, 4)
            from rows in Gen.Choose(0, 4)
            from cols in Gen.Choose(1, 4)
            from gzipped in Gen.Elements(true, false)
            from mutations in Gen.Choose(0, 4).SelectMany(k => Gen.ArrayOf(MutationGen, k))
            select (count, rows, cols, gzipped, mutations));

    private static bool ParsesOrRejects(byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var images = IdxReader.ParseImages(bytes, "fuzz");
            bool wellFormed = images.Pixels.Length == images.Count * images.Rows * images.Cols && images.Rows > 0 && images.Cols > 0;
            return wellFormed && clock.Elapsed < PerInputBound;
        }
        catch (IdxFormatException)
        {
            return clock.Elapsed < PerInputBound;
        }
    }

    [Property(MaxTest = 500, Replay = "(12345,679)")]
    public Property Mutated_image_files_parse_or_raise_the_readers_exception() =>
        Prop.ForAll(MutatedFiles(), file =>
        {
            var raw = ValidImages(file.Count, file.Rows, file.Cols);
            var bytes = file.Gzipped ? Gzip(raw) : raw;
            foreach (var m in file.Mutations) bytes = m.Apply(bytes);
            return ParsesOrRejects(bytes);
        });

    [Property(MaxTest = 500, Replay = "(2468,1357)")]
    public bool Random_byte_streams_parse_or_raise_the_readers_exception(byte[] bytes) =>
        ParsesOrRejects(bytes) && LabelsParseOrReject(bytes)
        && ParsesOrRejects([0, 0, 8, 3, .. bytes]) && LabelsParseOrReject([0, 0, 8, 1, .. bytes]);

    private static bool LabelsParseOrReject(byte[] bytes)
    {
        try { return IdxReader.ParseLabels(bytes, "fuzz").All(label => label <= 9); }
        catch (IdxFormatException) { return true; }
    }

    [Fact]
    public void Unmutated_files_parse()
    {
        var images = IdxReader.ParseImages(Gzip(ValidImages(3, 2, 2)), "valid");
        Assert.Equal(3, images.Count);
        Assert.Equal(ValidImages(3, 2, 2)[16..], images.Pixels);
    }
}
