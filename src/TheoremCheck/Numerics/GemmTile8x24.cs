using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The 8 × 24 tile for 512-bit blocks: 24 accumulators, 11 loads per 24 fused multiply-adds, so it is
/// bound by the FMA units even with B streaming from L2 (of the 32 zmm registers, 24 hold C).
/// </summary>
internal unsafe struct GemmTile8x24<TBlock> : IGemmTile where TBlock : struct, ILaneBlock<TBlock>
{
    public static int Rows => 8;
    public static int Columns => 24;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Full(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init)
    {
        double* a0 = a, a1 = a + aRowStride, a2 = a + 2 * aRowStride, a3 = a + 3 * aRowStride,
                a4 = a + 4 * aRowStride, a5 = a + 5 * aRowStride, a6 = a + 6 * aRowStride, a7 = a + 7 * aRowStride;
        TBlock c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32,
               c40, c41, c42, c50, c51, c52, c60, c61, c62, c70, c71, c72;
        if (init is not null)
        {
            var i0 = TBlock.Load(init); var i1 = TBlock.Load(init + 8); var i2 = TBlock.Load(init + 16);
            c00 = c10 = c20 = c30 = c40 = c50 = c60 = c70 = i0;
            c01 = c11 = c21 = c31 = c41 = c51 = c61 = c71 = i1;
            c02 = c12 = c22 = c32 = c42 = c52 = c62 = c72 = i2;
        }
        else
        {
            c00 = TBlock.Load(c); c01 = TBlock.Load(c + 8); c02 = TBlock.Load(c + 16);
            c10 = TBlock.Load(c + ldc); c11 = TBlock.Load(c + ldc + 8); c12 = TBlock.Load(c + ldc + 16);
            c20 = TBlock.Load(c + 2 * ldc); c21 = TBlock.Load(c + 2 * ldc + 8); c22 = TBlock.Load(c + 2 * ldc + 16);
            c30 = TBlock.Load(c + 3 * ldc); c31 = TBlock.Load(c + 3 * ldc + 8); c32 = TBlock.Load(c + 3 * ldc + 16);
            c40 = TBlock.Load(c + 4 * ldc); c41 = TBlock.Load(c + 4 * ldc + 8); c42 = TBlock.Load(c + 4 * ldc + 16);
            c50 = TBlock.Load(c + 5 * ldc); c51 = TBlock.Load(c + 5 * ldc + 8); c52 = TBlock.Load(c + 5 * ldc + 16);
            c60 = TBlock.Load(c + 6 * ldc); c61 = TBlock.Load(c + 6 * ldc + 8); c62 = TBlock.Load(c + 6 * ldc + 16);
            c70 = TBlock.Load(c + 7 * ldc); c71 = TBlock.Load(c + 7 * ldc + 8); c72 = TBlock.Load(c + 7 * ldc + 16);
        }
        nint o = 0;
        for (int k = 0; k < depth; k++)
        {
            var b0 = TBlock.Load(b); var b1 = TBlock.Load(b + 8); var b2 = TBlock.Load(b + 16);
            var x = TBlock.Broadcast(a0[o]);
            c00 = TBlock.FusedMultiplyAdd(x, b0, c00); c01 = TBlock.FusedMultiplyAdd(x, b1, c01); c02 = TBlock.FusedMultiplyAdd(x, b2, c02);
            x = TBlock.Broadcast(a1[o]);
            c10 = TBlock.FusedMultiplyAdd(x, b0, c10); c11 = TBlock.FusedMultiplyAdd(x, b1, c11); c12 = TBlock.FusedMultiplyAdd(x, b2, c12);
            x = TBlock.Broadcast(a2[o]);
            c20 = TBlock.FusedMultiplyAdd(x, b0, c20); c21 = TBlock.FusedMultiplyAdd(x, b1, c21); c22 = TBlock.FusedMultiplyAdd(x, b2, c22);
            x = TBlock.Broadcast(a3[o]);
            c30 = TBlock.FusedMultiplyAdd(x, b0, c30); c31 = TBlock.FusedMultiplyAdd(x, b1, c31); c32 = TBlock.FusedMultiplyAdd(x, b2, c32);
            x = TBlock.Broadcast(a4[o]);
            c40 = TBlock.FusedMultiplyAdd(x, b0, c40); c41 = TBlock.FusedMultiplyAdd(x, b1, c41); c42 = TBlock.FusedMultiplyAdd(x, b2, c42);
            x = TBlock.Broadcast(a5[o]);
            c50 = TBlock.FusedMultiplyAdd(x, b0, c50); c51 = TBlock.FusedMultiplyAdd(x, b1, c51); c52 = TBlock.FusedMultiplyAdd(x, b2, c52);
            x = TBlock.Broadcast(a6[o]);
            c60 = TBlock.FusedMultiplyAdd(x, b0, c60); c61 = TBlock.FusedMultiplyAdd(x, b1, c61); c62 = TBlock.FusedMultiplyAdd(x, b2, c62);
            x = TBlock.Broadcast(a7[o]);
            c70 = TBlock.FusedMultiplyAdd(x, b0, c70); c71 = TBlock.FusedMultiplyAdd(x, b1, c71); c72 = TBlock.FusedMultiplyAdd(x, b2, c72);
            o += aDepthStride;
            b += bStride;
        }
        TBlock.Store(c00, c); TBlock.Store(c01, c + 8); TBlock.Store(c02, c + 16);
        TBlock.Store(c10, c + ldc); TBlock.Store(c11, c + ldc + 8); TBlock.Store(c12, c + ldc + 16);
        TBlock.Store(c20, c + 2 * ldc); TBlock.Store(c21, c + 2 * ldc + 8); TBlock.Store(c22, c + 2 * ldc + 16);
        TBlock.Store(c30, c + 3 * ldc); TBlock.Store(c31, c + 3 * ldc + 8); TBlock.Store(c32, c + 3 * ldc + 16);
        TBlock.Store(c40, c + 4 * ldc); TBlock.Store(c41, c + 4 * ldc + 8); TBlock.Store(c42, c + 4 * ldc + 16);
        TBlock.Store(c50, c + 5 * ldc); TBlock.Store(c51, c + 5 * ldc + 8); TBlock.Store(c52, c + 5 * ldc + 16);
        TBlock.Store(c60, c + 6 * ldc); TBlock.Store(c61, c + 6 * ldc + 8); TBlock.Store(c62, c + 6 * ldc + 16);
        TBlock.Store(c70, c + 7 * ldc); TBlock.Store(c71, c + 7 * ldc + 8); TBlock.Store(c72, c + 7 * ldc + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Narrow(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init, int columns)
    {
        // Four columns or fewer (100 = 4·24 + 4) need only half a 512-bit block: 256-bit FMAs, the same chains, half the work.
        if (columns <= 4 && TBlock.Path == VectorPath.Vector512) Column<HalfBlock256>(depth, a, aRowStride, aDepthStride, b, bStride, c, ldc, init);
        else Column<TBlock>(depth, a, aRowStride, aDepthStride, b, bStride, c, ldc, init);
    }

    /// <summary>The 8-row tile one vector wide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Column<TVector>(int depth, double* a, nint aRowStride, nint aDepthStride, double* b, nint bStride, double* c, nint ldc, double* init)
        where TVector : struct, IFmaVector<TVector>
    {
        double* a0 = a, a1 = a + aRowStride, a2 = a + 2 * aRowStride, a3 = a + 3 * aRowStride,
                a4 = a + 4 * aRowStride, a5 = a + 5 * aRowStride, a6 = a + 6 * aRowStride, a7 = a + 7 * aRowStride;
        TVector c0, c1, c2, c3, c4, c5, c6, c7;
        if (init is not null) c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = TVector.Load(init);
        else
        {
            c0 = TVector.Load(c); c1 = TVector.Load(c + ldc); c2 = TVector.Load(c + 2 * ldc); c3 = TVector.Load(c + 3 * ldc);
            c4 = TVector.Load(c + 4 * ldc); c5 = TVector.Load(c + 5 * ldc); c6 = TVector.Load(c + 6 * ldc); c7 = TVector.Load(c + 7 * ldc);
        }
        nint o = 0;
        for (int k = 0; k < depth; k++)
        {
            var b0 = TVector.Load(b);
            c0 = TVector.FusedMultiplyAdd(TVector.Broadcast(a0[o]), b0, c0);
            c1 = TVector.FusedMultiplyAdd(TVector.Broadcast(a1[o]), b0, c1);
            c2 = TVector.FusedMultiplyAdd(TVector.Broadcast(a2[o]), b0, c2);
            c3 = TVector.FusedMultiplyAdd(TVector.Broadcast(a3[o]), b0, c3);
            c4 = TVector.FusedMultiplyAdd(TVector.Broadcast(a4[o]), b0, c4);
            c5 = TVector.FusedMultiplyAdd(TVector.Broadcast(a5[o]), b0, c5);
            c6 = TVector.FusedMultiplyAdd(TVector.Broadcast(a6[o]), b0, c6);
            c7 = TVector.FusedMultiplyAdd(TVector.Broadcast(a7[o]), b0, c7);
            o += aDepthStride;
            b += bStride;
        }
        TVector.Store(c0, c); TVector.Store(c1, c + ldc); TVector.Store(c2, c + 2 * ldc); TVector.Store(c3, c + 3 * ldc);
        TVector.Store(c4, c + 4 * ldc); TVector.Store(c5, c + 5 * ldc); TVector.Store(c6, c + 6 * ldc); TVector.Store(c7, c + 7 * ldc);
    }
}
