using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>
/// C = init + A B in double for the three products of a training step (preactivations X Wᵀ,
/// weight gradient Gᵀ X, input gradients D W), with A and B given by strides so no caller transposes.
/// B is packed into column panels of <see cref="ColTile"/>, A into row panels of <see cref="RowTile"/>;
/// an 8×24 register tile of Vector512 accumulators runs one FMA per (k, element).
/// Every C element is the same FMA chain over k = 0..depth-1 in increasing order, whatever the
/// tiling or the thread count: threads own disjoint row ranges, so the bits never depend on them.
/// </summary>
/// <remarks>
/// Why this form, measured single-threaded on the development machine (AMD EPYC Zen 4; the bench
/// command's FMA loop gives about 52 GFLOP/s for one core), median GFLOP/s at (N, d, m):
///                                       (1000, 100, 100)   (2000, 784, 1000)   (1000, 1000, 100)
///   X Wᵀ, one TensorPrimitives.Dot per element     8-11             14                  14
///   Gᵀ X, one MultiplyAdd per (sample, neuron)      6-9            9-14                 18
///   X Wᵀ, this kernel                                52            29-49               50-51
///   Gᵀ X, this kernel                                48              47                44-47
/// The 8×24 tile keeps 24 of the 32 zmm registers as accumulators and needs 11 loads per 24 FMAs, so
/// it is FMA-bound even from L2; operands are read in place where their rows are contiguous, and only
/// Wᵀ (a strided gather), a ragged last panel and a short last row tile are packed. Running the ragged
/// panel as 8-wide tiles over its used columns took X Wᵀ at (1000, 100, 100) from 0.434 to 0.378 ms.
/// </remarks>
internal static unsafe class DoubleGemm
{
    public const int RowTile = 8;
    public const int ColTile = 24;
    private const int NarrowTile = 8;
    private const int DepthBlock = 256;
    private const int RowBlock = 192;
    /// <summary>Below this many multiply-adds a second thread costs more than it saves.</summary>
    private const long ParallelThreshold = 1L << 18;

    [ThreadStatic] private static double[]? _edgeRows;
    [ThreadStatic] private static double[]? _packedB;
    [ThreadStatic] private static double[]? _packedInit;
    [ThreadStatic] private static Job? _job;

    /// <summary>
    /// C[r, c] = init[c] + Σ_k A[r, k] B[k, c] for r &lt; rows, c &lt; cols, k &lt; depth, where
    /// A[r, k] = a[r·aRowStride + k·aDepthStride], B[k, c] = b[k·bDepthStride + c·bColStride],
    /// C[r, c] = c[r·ldc + c]; an empty init means zero.
    /// </summary>
    public static void Multiply(int rows, int cols, int depth,
        ReadOnlySpan<double> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<double> b, int bDepthStride, int bColStride,
        Span<double> c, int ldc, ReadOnlySpan<double> init = default)
    {
        if (rows == 0 || cols == 0) return;
        int panels = (cols + ColTile - 1) / ColTile;
        // B is read in place when its columns are contiguous; otherwise (W read as Wᵀ) all panels are
        // packed. A ragged last panel is always packed, zero-padded to the full tile width.
        bool packAll = bColStride != 1;
        int packedPanels = packAll ? panels : cols % ColTile == 0 ? 0 : 1;
        var packedB = Grow(ref _packedB, (long)Math.Max(packedPanels, 1) * Math.Max(depth, 1) * ColTile);
        var packedInit = Grow(ref _packedInit, (long)panels * ColTile);
        Array.Clear(packedInit, 0, panels * ColTile);
        if (!init.IsEmpty) init[..cols].CopyTo(packedInit);

        int rowTiles = (rows + RowTile - 1) / RowTile;
        int threads = (long)rows * cols * depth < ParallelThreshold ? 1 : Math.Min(Parallelism.MaxThreads, rowTiles);
        // Several blocks per thread so a delayed thread holds up little; a block is whole row tiles.
        int blocks = threads == 1 ? 1 : Math.Min(rowTiles, 8 * threads);

        fixed (double* pa = a, pb = b, pc = c, pPackedB = packedB, pInit = packedInit)
        {
            var job = _job ??= new Job();
            job.Set(rows, cols, depth, pa, aRowStride, aDepthStride, pb, bDepthStride, bColStride, pc, ldc,
                pPackedB, pInit, panels, packAll, blocks);
            job.PackB();
            if (blocks == 1) job.Compute(0);
            else ParallelBlocks.Run(blocks, job.ComputeAction);
            job.Clear();
        }
    }

    private static double[] Grow(ref double[]? buffer, long length)
    {
        if (buffer is null || buffer.Length < length) buffer = GC.AllocateUninitializedArray<double>(checked((int)length), pinned: true);
        return buffer;
    }

    /// <summary>One product's operands; reused per calling thread so a call allocates nothing of its own.</summary>
    private sealed class Job
    {
        private int _rows, _cols, _depth, _panels, _blocks;
        private bool _packAll;
        private double* _a, _b, _c, _packedB, _init;
        private nint _aRowStride, _aDepthStride, _bDepthStride, _bColStride, _ldc;
        public readonly Action<int> ComputeAction;

        public Job() => ComputeAction = Compute;

        public void Set(int rows, int cols, int depth, double* a, int aRowStride, int aDepthStride,
            double* b, int bDepthStride, int bColStride, double* c, int ldc, double* packedB, double* init,
            int panels, bool packAll, int blocks)
        {
            _rows = rows; _cols = cols; _depth = depth; _a = a; _aRowStride = aRowStride; _aDepthStride = aDepthStride;
            _b = b; _bDepthStride = bDepthStride; _bColStride = bColStride; _c = c; _ldc = ldc;
            _packedB = packedB; _init = init; _panels = panels; _packAll = packAll; _blocks = blocks;
        }

        public void Clear() { _a = _b = _c = _packedB = _init = null; }

        /// <summary>Packs panel p (or only the ragged last one) as B[k, 24p + j] at k·24 + j, zero beyond the last column.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void PackB()
        {
            int first = _packAll ? 0 : _cols % ColTile == 0 ? _panels : _panels - 1;
            for (int p = first; p < _panels; p++)
            {
                double* dst = _packedB + (nint)(p - first) * _depth * ColTile;
                int c0 = p * ColTile, width = Math.Min(ColTile, _cols - c0);
                if (_bColStride == 1)
                {
                    for (int k = 0; k < _depth; k++)
                    {
                        double* src = _b + k * _bDepthStride + c0;
                        double* row = dst + k * ColTile;
                        int j = 0;
                        for (; j < width; j++) row[j] = src[j];
                        for (; j < ColTile; j++) row[j] = 0;
                    }
                }
                else
                {
                    for (int j = 0; j < ColTile; j++)
                    {
                        if (j < width)
                        {
                            double* src = _b + (c0 + j) * _bColStride;
                            for (int k = 0; k < _depth; k++) dst[k * ColTile + j] = src[k * _bDepthStride];
                        }
                        else
                            for (int k = 0; k < _depth; k++) dst[k * ColTile + j] = 0;
                    }
                }
            }
        }

        /// <summary>Computes the rows of block <paramref name="block"/> (a fixed range of whole row tiles).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Compute(int block)
        {
            int tiles = (_rows + RowTile - 1) / RowTile;
            int r0 = (int)((long)tiles * block / _blocks) * RowTile;
            int r1 = Math.Min(_rows, (int)((long)tiles * (block + 1) / _blocks) * RowTile);
            double* tile = stackalloc double[RowTile * ColTile];
            int firstPacked = _packAll ? 0 : _cols % ColTile == 0 ? _panels : _panels - 1;
            for (int k0 = 0; k0 < _depth || k0 == 0; k0 += DepthBlock)
            {
                int kc = Math.Min(DepthBlock, _depth - k0);
                for (int i0 = r0; i0 < r1; i0 += RowBlock)
                {
                    int mc = Math.Min(RowBlock, r1 - i0);
                    for (int p = 0; p < _panels; p++)
                    {
                        int c0 = p * ColTile, width = Math.Min(ColTile, _cols - c0);
                        double* bPanel; nint bStride;
                        if (p >= firstPacked) { bPanel = _packedB + (nint)(p - firstPacked) * _depth * ColTile + (nint)k0 * ColTile; bStride = ColTile; }
                        else { bPanel = _b + k0 * _bDepthStride + c0; bStride = _bDepthStride; }
                        double* init = k0 == 0 ? _init + c0 : null;
                        for (int t = 0; t * RowTile < mc; t++)
                        {
                            int row = i0 + t * RowTile, height = Math.Min(RowTile, mc - t * RowTile);
                            double* cTile = _c + row * _ldc + c0;
                            double* aTile; nint aRowStride, aDepthStride;
                            if (height == RowTile) { aTile = _a + row * _aRowStride + k0 * _aDepthStride; aRowStride = _aRowStride; aDepthStride = _aDepthStride; }
                            else { aTile = PackEdgeRows(row, height, k0, kc); aRowStride = 1; aDepthStride = RowTile; }
                            if (height == RowTile && width == ColTile)
                                Tile(kc, aTile, aRowStride, aDepthStride, bPanel, bStride, cTile, _ldc, init);
                            else
                            {
                                if (init is null)
                                    for (int r = 0; r < height; r++)
                                        for (int j = 0; j < width; j++) tile[r * ColTile + j] = cTile[r * _ldc + j];
                                if (width == ColTile) Tile(kc, aTile, aRowStride, aDepthStride, bPanel, bStride, tile, ColTile, init);
                                else
                                    // A ragged panel runs 8-wide tiles only over its used columns (100 = 4·24 + 8 instead of 5·24).
                                    for (int j0 = 0; j0 < width; j0 += NarrowTile)
                                        NarrowTileOf(kc, aTile, aRowStride, aDepthStride, bPanel + j0, bStride, tile + j0, ColTile, init is null ? null : init + j0);
                                for (int r = 0; r < height; r++)
                                    for (int j = 0; j < width; j++) cTile[r * _ldc + j] = tile[r * ColTile + j];
                            }
                        }
                    }
                }
                if (_depth == 0) break;
            }
        }

        /// <summary>The last, short row tile as a zero-padded panel: A[row + r, k0 + k] at k·8 + r.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private double* PackEdgeRows(int row, int height, int k0, int kc)
        {
            var buffer = Grow(ref _edgeRows, (long)RowTile * DepthBlock);
            // Pinned on allocation, so the address stays valid after the fixed block.
            fixed (double* dst = buffer)
            {
                for (int r = 0; r < RowTile; r++)
                {
                    if (r < height)
                    {
                        double* src = _a + (row + r) * _aRowStride + k0 * _aDepthStride;
                        for (int k = 0; k < kc; k++) dst[k * RowTile + r] = src[k * _aDepthStride];
                    }
                    else
                        for (int k = 0; k < kc; k++) dst[k * RowTile + r] = 0;
                }
                return dst;
            }
        }
    }

    /// <summary>The 8×24 register tile: C (or init) + Σ_k A[r, k] B[k, j], one FMA per term in k order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile(int kc, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init)
    {
        double* a0 = a, a1 = a + aRowStride, a2 = a + 2 * aRowStride, a3 = a + 3 * aRowStride,
                a4 = a + 4 * aRowStride, a5 = a + 5 * aRowStride, a6 = a + 6 * aRowStride, a7 = a + 7 * aRowStride;
        nint o = 0;
        Vector512<double> c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32,
                          c40, c41, c42, c50, c51, c52, c60, c61, c62, c70, c71, c72;
        if (init is not null)
        {
            var i0 = Vector512.Load(init); var i1 = Vector512.Load(init + 8); var i2 = Vector512.Load(init + 16);
            c00 = c10 = c20 = c30 = c40 = c50 = c60 = c70 = i0;
            c01 = c11 = c21 = c31 = c41 = c51 = c61 = c71 = i1;
            c02 = c12 = c22 = c32 = c42 = c52 = c62 = c72 = i2;
        }
        else
        {
            c00 = Vector512.Load(c); c01 = Vector512.Load(c + 8); c02 = Vector512.Load(c + 16);
            c10 = Vector512.Load(c + ldc); c11 = Vector512.Load(c + ldc + 8); c12 = Vector512.Load(c + ldc + 16);
            c20 = Vector512.Load(c + 2 * ldc); c21 = Vector512.Load(c + 2 * ldc + 8); c22 = Vector512.Load(c + 2 * ldc + 16);
            c30 = Vector512.Load(c + 3 * ldc); c31 = Vector512.Load(c + 3 * ldc + 8); c32 = Vector512.Load(c + 3 * ldc + 16);
            c40 = Vector512.Load(c + 4 * ldc); c41 = Vector512.Load(c + 4 * ldc + 8); c42 = Vector512.Load(c + 4 * ldc + 16);
            c50 = Vector512.Load(c + 5 * ldc); c51 = Vector512.Load(c + 5 * ldc + 8); c52 = Vector512.Load(c + 5 * ldc + 16);
            c60 = Vector512.Load(c + 6 * ldc); c61 = Vector512.Load(c + 6 * ldc + 8); c62 = Vector512.Load(c + 6 * ldc + 16);
            c70 = Vector512.Load(c + 7 * ldc); c71 = Vector512.Load(c + 7 * ldc + 8); c72 = Vector512.Load(c + 7 * ldc + 16);
        }
        for (int k = 0; k < kc; k++)
        {
            var b0 = Vector512.Load(b); var b1 = Vector512.Load(b + 8); var b2 = Vector512.Load(b + 16);
            var x = Vector512.Create(a0[o]);
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00); c01 = Vector512.FusedMultiplyAdd(x, b1, c01); c02 = Vector512.FusedMultiplyAdd(x, b2, c02);
            x = Vector512.Create(a1[o]);
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10); c11 = Vector512.FusedMultiplyAdd(x, b1, c11); c12 = Vector512.FusedMultiplyAdd(x, b2, c12);
            x = Vector512.Create(a2[o]);
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20); c21 = Vector512.FusedMultiplyAdd(x, b1, c21); c22 = Vector512.FusedMultiplyAdd(x, b2, c22);
            x = Vector512.Create(a3[o]);
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30); c31 = Vector512.FusedMultiplyAdd(x, b1, c31); c32 = Vector512.FusedMultiplyAdd(x, b2, c32);
            x = Vector512.Create(a4[o]);
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40); c41 = Vector512.FusedMultiplyAdd(x, b1, c41); c42 = Vector512.FusedMultiplyAdd(x, b2, c42);
            x = Vector512.Create(a5[o]);
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50); c51 = Vector512.FusedMultiplyAdd(x, b1, c51); c52 = Vector512.FusedMultiplyAdd(x, b2, c52);
            x = Vector512.Create(a6[o]);
            c60 = Vector512.FusedMultiplyAdd(x, b0, c60); c61 = Vector512.FusedMultiplyAdd(x, b1, c61); c62 = Vector512.FusedMultiplyAdd(x, b2, c62);
            x = Vector512.Create(a7[o]);
            c70 = Vector512.FusedMultiplyAdd(x, b0, c70); c71 = Vector512.FusedMultiplyAdd(x, b1, c71); c72 = Vector512.FusedMultiplyAdd(x, b2, c72);
            o += aDepthStride;
            b += bStride;
        }
        c00.Store(c); c01.Store(c + 8); c02.Store(c + 16);
        c10.Store(c + ldc); c11.Store(c + ldc + 8); c12.Store(c + ldc + 16);
        c20.Store(c + 2 * ldc); c21.Store(c + 2 * ldc + 8); c22.Store(c + 2 * ldc + 16);
        c30.Store(c + 3 * ldc); c31.Store(c + 3 * ldc + 8); c32.Store(c + 3 * ldc + 16);
        c40.Store(c + 4 * ldc); c41.Store(c + 4 * ldc + 8); c42.Store(c + 4 * ldc + 16);
        c50.Store(c + 5 * ldc); c51.Store(c + 5 * ldc + 8); c52.Store(c + 5 * ldc + 16);
        c60.Store(c + 6 * ldc); c61.Store(c + 6 * ldc + 8); c62.Store(c + 6 * ldc + 16);
        c70.Store(c + 7 * ldc); c71.Store(c + 7 * ldc + 8); c72.Store(c + 7 * ldc + 16);
    }
    /// <summary>The 8×8 tile for the used columns of a ragged last panel; same FMA chain per element as <see cref="Tile"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void NarrowTileOf(int kc, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init)
    {
        double* a0 = a, a1 = a + aRowStride, a2 = a + 2 * aRowStride, a3 = a + 3 * aRowStride,
                a4 = a + 4 * aRowStride, a5 = a + 5 * aRowStride, a6 = a + 6 * aRowStride, a7 = a + 7 * aRowStride;
        Vector512<double> c0, c1, c2, c3, c4, c5, c6, c7;
        if (init is not null) c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = Vector512.Load(init);
        else
        {
            c0 = Vector512.Load(c); c1 = Vector512.Load(c + ldc); c2 = Vector512.Load(c + 2 * ldc); c3 = Vector512.Load(c + 3 * ldc);
            c4 = Vector512.Load(c + 4 * ldc); c5 = Vector512.Load(c + 5 * ldc); c6 = Vector512.Load(c + 6 * ldc); c7 = Vector512.Load(c + 7 * ldc);
        }
        nint o = 0;
        for (int k = 0; k < kc; k++)
        {
            var b0 = Vector512.Load(b);
            c0 = Vector512.FusedMultiplyAdd(Vector512.Create(a0[o]), b0, c0);
            c1 = Vector512.FusedMultiplyAdd(Vector512.Create(a1[o]), b0, c1);
            c2 = Vector512.FusedMultiplyAdd(Vector512.Create(a2[o]), b0, c2);
            c3 = Vector512.FusedMultiplyAdd(Vector512.Create(a3[o]), b0, c3);
            c4 = Vector512.FusedMultiplyAdd(Vector512.Create(a4[o]), b0, c4);
            c5 = Vector512.FusedMultiplyAdd(Vector512.Create(a5[o]), b0, c5);
            c6 = Vector512.FusedMultiplyAdd(Vector512.Create(a6[o]), b0, c6);
            c7 = Vector512.FusedMultiplyAdd(Vector512.Create(a7[o]), b0, c7);
            o += aDepthStride;
            b += bStride;
        }
        c0.Store(c); c1.Store(c + ldc); c2.Store(c + 2 * ldc); c3.Store(c + 3 * ldc);
        c4.Store(c + 4 * ldc); c5.Store(c + 5 * ldc); c6.Store(c + 6 * ldc); c7.Store(c + 7 * ldc);
    }
}
