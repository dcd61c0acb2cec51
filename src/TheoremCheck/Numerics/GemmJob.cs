using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The blocked driver of the double matrix product for one register tile shape: C = init + A B with A and B
/// given by strides, so no caller transposes. B is read in place where its columns are contiguous and packed
/// into zero-padded panels of <c>TTile.Columns</c> otherwise (W read as Wᵀ) and for a ragged last panel, each
/// panel by the first block that needs it; a short last row tile is packed zero-padded. The work is a grid of
/// blocks (row-tile ranges × panel ranges) that threads take in any order: every C element belongs to one block
/// and is one FMA chain over k = 0..depth-1 in increasing order, so neither the grid nor the thread count
/// changes the bits.
/// One instance per calling thread is reused, so a product allocates nothing once the buffers have grown.
/// </summary>
internal sealed unsafe class GemmJob<TTile> where TTile : struct, IGemmTile
{
    private const int NarrowColumns = 8;
    /// <summary>Depth per pass: a B panel block (256 × 24 doubles, 48 KB) stays in L2 across a row block.</summary>
    private const int DepthBlock = 256;
    private const int RowBlock = 192;
    /// <summary>Below this many multiply-adds a second thread costs more than it saves.</summary>
    private const long ParallelThreshold = 1L << 18;

    [ThreadStatic] private static GemmJob<TTile>? _perThread;

    private double[] _packedB = [], _packedInit = [];
    /// <summary>Per packed panel: 0 not packed, 1 being packed, 2 ready. The first block to need a panel packs it.</summary>
    private int[] _panelState = [];
    private int _rows, _cols, _depth, _panels, _firstPacked, _panelChunks, _blocks;
    private double* _a, _b, _c, _pb, _init;
    private nint _aRowStride, _aDepthStride, _bDepthStride, _bColStride, _ldc;
    private readonly Action<int> _computeBlock;

    private GemmJob() => _computeBlock = ComputeBlock;

    /// <summary>
    /// C[r, j] = init[j] + Σ_k A[r, k] B[k, j] for r &lt; rows, j &lt; cols, k &lt; depth, where
    /// A[r, k] = a[r·aRowStride + k·aDepthStride], B[k, j] = b[k·bDepthStride + j·bColStride],
    /// C[r, j] = c[r·ldc + j]; an empty init means zero.
    /// </summary>
    public static void Multiply(int rows, int cols, int depth,
        ReadOnlySpan<double> a, int aRowStride, int aDepthStride,
        ReadOnlySpan<double> b, int bDepthStride, int bColStride,
        Span<double> c, int ldc, ReadOnlySpan<double> init)
    {
        if (rows == 0 || cols == 0) return;
        var job = _perThread ??= new GemmJob<TTile>();
        int width = TTile.Columns, panels = (cols + width - 1) / width;
        bool packAll = bColStride != 1;
        int firstPacked = packAll ? 0 : cols % width == 0 ? panels : panels - 1;
        Grow(ref job._packedB, (long)Math.Max(panels - firstPacked, 1) * Math.Max(depth, 1) * width);
        Grow(ref job._packedInit, (long)panels * width);
        Array.Clear(job._packedInit, 0, panels * width);
        if (!init.IsEmpty) init[..cols].CopyTo(job._packedInit);
        if (job._panelState.Length < panels) job._panelState = new int[panels];
        Array.Clear(job._panelState, 0, panels);

        int rowTiles = (rows + TTile.Rows - 1) / TTile.Rows;
        int threads = (long)rows * cols * depth < ParallelThreshold ? 1 : Math.Min(Parallelism.MaxThreads, rowTiles * panels);
        // Several blocks per thread so a delayed thread holds up little; panels are split too when row tiles are few.
        int target = threads == 1 ? 1 : 8 * threads;
        int rowChunks = Math.Min(rowTiles, target);
        int panelChunks = Math.Min(panels, (target + rowChunks - 1) / rowChunks);

        fixed (double* pa = a, pb = b, pc = c, pPacked = job._packedB, pInit = job._packedInit)
        {
            job._rows = rows; job._cols = cols; job._depth = depth; job._panels = panels; job._firstPacked = firstPacked;
            job._a = pa; job._aRowStride = aRowStride; job._aDepthStride = aDepthStride;
            job._b = pb; job._bDepthStride = bDepthStride; job._bColStride = bColStride;
            job._c = pc; job._ldc = ldc; job._pb = pPacked; job._init = pInit;
            job._panelChunks = panelChunks; job._blocks = rowChunks * panelChunks;
            ParallelBlocks.Run(job._blocks, job._computeBlock);
            job._a = job._b = job._c = job._pb = job._init = null;
        }
    }

    private static void Grow(ref double[] buffer, long length)
    {
        if (buffer.Length < length) buffer = GC.AllocateUninitializedArray<double>(checked((int)length), pinned: true);
    }

    /// <summary>
    /// The packed copy of panel <paramref name="p"/> (≥ <c>_firstPacked</c>), packing it first if no block has: B[k, w·p + j]
    /// at k·w + j, zero from the last column to the next multiple of 8. A block that finds the panel being packed by
    /// another waits for it; blocks start at different panels, so with several threads the panels are packed side by side.
    /// </summary>
    private double* PackedPanel(int p)
    {
        double* dst = _pb + (nint)(p - _firstPacked) * _depth * TTile.Columns;
        ref int state = ref _panelState[p];
        if (Volatile.Read(ref state) == 2) return dst;
        if (Interlocked.CompareExchange(ref state, 1, 0) == 0)
        {
            Pack(p, dst);
            Volatile.Write(ref state, 2);
            return dst;
        }
        var spin = new SpinWait();
        while (Volatile.Read(ref state) != 2) spin.SpinOnce(sleep1Threshold: -1);
        return dst;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pack(int p, double* dst)
    {
        int w = TTile.Columns;
        int c0 = p * w, width = Math.Min(w, _cols - c0);
        // A ragged panel is read by 8-wide tiles only, so columns past the next multiple of 8 are never read.
        int used = width == w ? w : (width + NarrowColumns - 1) / NarrowColumns * NarrowColumns;
        if (_bColStride == 1)
        {
            for (int k = 0; k < _depth; k++)
            {
                double* src = _b + k * _bDepthStride + c0;
                double* row = dst + k * w;
                int j = 0;
                for (; j < width; j++) row[j] = src[j];
                for (; j < used; j++) row[j] = 0;
            }
            return;
        }
        for (int j = 0; j < used; j++)
        {
            if (j < width)
            {
                double* src = _b + (c0 + j) * _bColStride;
                for (int k = 0; k < _depth; k++) dst[k * w + j] = src[k * _bDepthStride];
            }
            else
                for (int k = 0; k < _depth; k++) dst[k * w + j] = 0;
        }
    }

    /// <summary>Computes block <paramref name="block"/>: a fixed range of row tiles times a fixed range of panels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization), SkipLocalsInit]
    private void ComputeBlock(int block)
    {
        int rowsPerTile = TTile.Rows, w = TTile.Columns;
        int rowChunks = _blocks / _panelChunks, rowChunk = block / _panelChunks, panelChunk = block % _panelChunks;
        int tiles = (_rows + rowsPerTile - 1) / rowsPerTile;
        int r0 = (int)((long)tiles * rowChunk / rowChunks) * rowsPerTile;
        int r1 = Math.Min(_rows, (int)((long)tiles * (rowChunk + 1) / rowChunks) * rowsPerTile);
        int p0 = (int)((long)_panels * panelChunk / _panelChunks), p1 = (int)((long)_panels * (panelChunk + 1) / _panelChunks);
        double* tile = stackalloc double[rowsPerTile * w];
        double* edgeRows = stackalloc double[rowsPerTile * DepthBlock];
        int panelCount = p1 - p0;
        for (int k0 = 0; k0 < _depth || k0 == 0; k0 += DepthBlock)
        {
            int kc = Math.Min(DepthBlock, _depth - k0);
            for (int i0 = r0; i0 < r1; i0 += RowBlock)
            {
                int mc = Math.Min(RowBlock, r1 - i0);
                // A short last row tile is packed once per depth pass, not once per panel.
                int shortHeight = mc % rowsPerTile;
                if (shortHeight != 0) PackEdgeRows(edgeRows, i0 + mc - shortHeight, shortHeight, k0, kc);
                // Each block starts at another panel, so blocks that need the same packed panels do not queue for them.
                for (int step = 0; step < panelCount; step++)
                {
                    int p = p0 + (step + rowChunk) % panelCount;
                    int c0 = p * w, width = Math.Min(w, _cols - c0);
                    double* bPanel; nint bStride;
                    if (p >= _firstPacked) { bPanel = PackedPanel(p) + (nint)k0 * w; bStride = w; }
                    else { bPanel = _b + k0 * _bDepthStride + c0; bStride = _bDepthStride; }
                    // The first depth pass starts from init (zeros when there is none); later passes continue from C.
                    double* init = k0 == 0 ? _init + c0 : null;
                    for (int t = 0; t * rowsPerTile < mc; t++)
                    {
                        int row = i0 + t * rowsPerTile, height = Math.Min(rowsPerTile, mc - t * rowsPerTile);
                        double* cTile = _c + row * _ldc + c0;
                        double* aTile; nint aRowStride, aDepthStride;
                        if (height == rowsPerTile) { aTile = _a + row * _aRowStride + k0 * _aDepthStride; aRowStride = _aRowStride; aDepthStride = _aDepthStride; }
                        else { aTile = edgeRows; aRowStride = 1; aDepthStride = rowsPerTile; }
                        if (height == rowsPerTile && width == w)
                        {
                            TTile.Full(kc, aTile, aRowStride, aDepthStride, bPanel, bStride, cTile, _ldc, init);
                            continue;
                        }
                        if (init is null)
                            for (int r = 0; r < height; r++)
                                for (int j = 0; j < width; j++) tile[r * w + j] = cTile[r * _ldc + j];
                        if (width == w) TTile.Full(kc, aTile, aRowStride, aDepthStride, bPanel, bStride, tile, w, init);
                        else
                            // A ragged panel runs 8-wide tiles over its used columns only (100 = 4·24 + 8 rather than 5·24).
                            for (int j0 = 0; j0 < width; j0 += NarrowColumns)
                                TTile.Narrow(kc, aTile, aRowStride, aDepthStride, bPanel + j0, bStride, tile + j0, w, init is null ? null : init + j0,
                                    Math.Min(NarrowColumns, width - j0));
                        for (int r = 0; r < height; r++)
                            for (int j = 0; j < width; j++) cTile[r * _ldc + j] = tile[r * w + j];
                    }
                }
            }
            if (_depth == 0) break;
        }
    }

    /// <summary>The last, short row tile as a zero-padded panel: A[row + r, k0 + k] at k·Rows + r.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PackEdgeRows(double* dst, int row, int height, int k0, int kc)
    {
        int rowsPerTile = TTile.Rows;
        for (int r = 0; r < rowsPerTile; r++)
        {
            if (r < height)
            {
                double* src = _a + (row + r) * _aRowStride + k0 * _aDepthStride;
                for (int k = 0; k < kc; k++) dst[k * rowsPerTile + r] = src[k * _aDepthStride];
            }
            else
                for (int k = 0; k < kc; k++) dst[k * rowsPerTile + r] = 0;
        }
    }
}
