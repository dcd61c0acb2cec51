using System.Buffers.Binary;
using System.IO.Compression;

namespace TheoremCheck.Data;

/// <summary>
/// Reads IDX files, raw or gzip-compressed (detected by the gzip magic bytes, not the name).
/// Written by hand because the format is 20 lines and no maintained NuGet reader validates input;
/// it never trusts the header: sizes are checked against the bytes actually present before any
/// allocation proportional to them, so a header claiming 4 billion images cannot allocate.
/// </summary>
public static class IdxReader
{
    public const long MaxDecompressedBytes = 256L << 20; // 5x the largest MNIST-family file
    private const byte UnsignedByteType = 0x08;

    public static IdxImages ReadImages(string path) => ParseImages(Load(path), path);

    public static byte[] ReadLabels(string path, int maxLabel = 9) => ParseLabels(Load(path), path, maxLabel);

    /// <summary>Images from the bytes of a file (gzip or raw); <paramref name="path"/> names it in errors.</summary>
    public static IdxImages ParseImages(byte[] fileBytes, string path)
    {
        var bytes = Decompress(fileBytes, path);
        var dims = ReadHeader(bytes, path, expectedRank: 3);
        long count = dims[0], rows = dims[1], cols = dims[2];
        if (rows == 0 || cols == 0) throw new IdxFormatException($"{path}: images of size {rows}x{cols} are empty.");
        if (rows * cols > int.MaxValue) throw new IdxFormatException($"{path}: images of size {rows}x{cols} are too large.");
        // Three 32-bit sizes multiply to up to 96 bits: Int128 cannot overflow.
        int payload = CheckLength(bytes, path, 16, (Int128)count * rows * cols);
        return new IdxImages((int)count, (int)rows, (int)cols, bytes.AsSpan(16, payload).ToArray());
    }

    /// <summary>Labels from the bytes of a file (gzip or raw); each must be at most <paramref name="maxLabel"/>.</summary>
    public static byte[] ParseLabels(byte[] fileBytes, string path, int maxLabel = 9)
    {
        var bytes = Decompress(fileBytes, path);
        long count = ReadHeader(bytes, path, expectedRank: 1)[0];
        var labels = bytes.AsSpan(8, CheckLength(bytes, path, 8, count)).ToArray();
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] > maxLabel)
                throw new IdxFormatException($"{path}: label {labels[i]} at position {i} is out of range 0..{maxLabel}.");
        return labels;
    }

    public static byte[] Load(string path)
    {
        if (!File.Exists(path)) throw new IdxFormatException($"{path}: file not found.");
        return File.ReadAllBytes(path);
    }

    /// <summary>Gunzips data that starts with the gzip magic bytes; other data is returned as it is.</summary>
    public static byte[] Decompress(byte[] raw, string path)
    {
        if (raw.Length < 2 || raw[0] != 0x1F || raw[1] != 0x8B) return raw;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxDecompressedBytes)
                    throw new IdxFormatException($"{path}: decompresses to more than {MaxDecompressedBytes} bytes.");
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new IdxFormatException($"{path}: corrupt gzip data ({e.Message}).", e);
        }
        catch (EndOfStreamException e)
        {
            throw new IdxFormatException($"{path}: truncated gzip data.", e);
        }
    }

    /// <summary>Parses the magic number 0x0000 0x08 rank and the rank dimension sizes.</summary>
    public static long[] ReadHeader(ReadOnlySpan<byte> bytes, string path, int expectedRank)
    {
        int headerLength = 4 + 4 * expectedRank;
        if (bytes.Length < 4) throw new IdxFormatException($"{path}: too short for an IDX header ({bytes.Length} bytes).");
        if (bytes[0] != 0 || bytes[1] != 0)
            throw new IdxFormatException($"{path}: bad magic number 0x{bytes[0]:X2}{bytes[1]:X2}{bytes[2]:X2}{bytes[3]:X2}, not an IDX file.");
        if (bytes[2] != UnsignedByteType)
            throw new IdxFormatException($"{path}: element type 0x{bytes[2]:X2} is not unsigned byte (0x08).");
        if (bytes[3] != expectedRank)
            throw new IdxFormatException($"{path}: rank {bytes[3]}, expected {expectedRank} ({(expectedRank == 3 ? "images" : "labels")}).");
        if (bytes.Length < headerLength) throw new IdxFormatException($"{path}: header truncated at {bytes.Length} bytes.");
        var dims = new long[expectedRank];
        for (int k = 0; k < expectedRank; k++)
            dims[k] = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(4 + 4 * k, 4));
        return dims;
    }

    /// <summary>The payload length promised by the header, once the bytes present are known to match it.</summary>
    private static int CheckLength(byte[] bytes, string path, int headerLength, Int128 payload)
    {
        Int128 present = bytes.LongLength - headerLength;
        if (payload > present)
            throw new IdxFormatException($"{path}: header promises {payload} data bytes but the file holds {present} (truncated).");
        if (payload < present)
            throw new IdxFormatException($"{path}: {present - payload} bytes beyond the size given by the header.");
        return (int)payload;
    }
}
