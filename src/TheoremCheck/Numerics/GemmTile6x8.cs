using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The 6 × 8 tile for blocks narrower than 512 bits: six block accumulators, twelve 256-bit registers on AVX2,
/// which with the two of B and one broadcast fit its 16 (enough independent chains to cover the FMA latency).
/// </summary>
internal unsafe struct GemmTile6x8<TBlock> : IGemmTile where TBlock : struct, ILaneBlock<TBlock>
{
    public static int Rows => 6;
    public static int Columns => 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Full(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init)
    {
        double* a0 = a, a1 = a + aRowStride, a2 = a + 2 * aRowStride, a3 = a + 3 * aRowStride, a4 = a + 4 * aRowStride, a5 = a + 5 * aRowStride;
        TBlock c0, c1, c2, c3, c4, c5;
        if (init is not null) c0 = c1 = c2 = c3 = c4 = c5 = TBlock.Load(init);
        else
        {
            c0 = TBlock.Load(c); c1 = TBlock.Load(c + ldc); c2 = TBlock.Load(c + 2 * ldc);
            c3 = TBlock.Load(c + 3 * ldc); c4 = TBlock.Load(c + 4 * ldc); c5 = TBlock.Load(c + 5 * ldc);
        }
        nint o = 0;
        for (int k = 0; k < depth; k++)
        {
            var b0 = TBlock.Load(b);
            c0 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a0[o]), b0, c0);
            c1 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a1[o]), b0, c1);
            c2 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a2[o]), b0, c2);
            c3 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a3[o]), b0, c3);
            c4 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a4[o]), b0, c4);
            c5 = TBlock.FusedMultiplyAdd(TBlock.Broadcast(a5[o]), b0, c5);
            o += aDepthStride;
            b += bStride;
        }
        TBlock.Store(c0, c); TBlock.Store(c1, c + ldc); TBlock.Store(c2, c + 2 * ldc);
        TBlock.Store(c3, c + 3 * ldc); TBlock.Store(c4, c + 4 * ldc); TBlock.Store(c5, c + 5 * ldc);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Narrow(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init, int columns) =>
        Full(depth, a, aRowStride, aDepthStride, b, bStride, c, ldc, init);
}
