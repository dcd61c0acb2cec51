namespace TheoremCheck.Numerics;

/// <summary>
/// A register tile of the double matrix product: <see cref="Rows"/> × <see cref="Columns"/> elements of C
/// kept in registers while k runs. Every element is one fused multiply-add chain over k in increasing order,
/// started from init (or from C when a previous depth block left it there), so the tile's shape never
/// changes the bits.
/// </summary>
internal unsafe interface IGemmTile
{
    static abstract int Rows { get; }

    /// <summary>A multiple of 8, the width of <see cref="Narrow"/>.</summary>
    static abstract int Columns { get; }

    /// <summary>
    /// C[r, j] = start + Σ_{k &lt; depth} A[r, k] B[k, j] for r &lt; Rows, j &lt; Columns, with A[r, k] = a[r·aRowStride + k·aDepthStride],
    /// B[k, j] = b[k·bStride + j], C[r, j] = c[r·ldc + j]; start is init[j], or C[r, j] itself when init is null.
    /// </summary>
    static abstract void Full(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init);

    /// <summary>
    /// The same for Rows × 8 elements (the used part of a ragged last panel), of which only the first <paramref name="columns"/>
    /// (1 to 8) are needed: a tile may compute fewer when that is cheaper, the others are then left as they were.
    /// </summary>
    static abstract void Narrow(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init, int columns);
}
