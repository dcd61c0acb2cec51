namespace TheoremCheck.Data;

/// <summary>Unsigned-byte IDX tensors (MNIST, Fashion-MNIST): images (rank 3) and labels (rank 1).</summary>
public sealed record IdxImages(int Count, int Rows, int Cols, byte[] Pixels)
{
    public int PixelsPerImage => Rows * Cols;
    public ReadOnlySpan<byte> Image(int index) => Pixels.AsSpan(index * PixelsPerImage, PixelsPerImage);
}
