namespace TheoremCheck.Numerics;

/// <summary>
/// Eight doubles (lanes 0..7) operated on together: the operator struct the double kernels are written
/// against, once, and instantiated per <see cref="VectorPath"/>. Every operation is lane-wise and IEEE
/// exact in the same way on every implementation (one rounding per add or multiply, one per fused
/// multiply-add), so a kernel computes the same bits whichever block it runs on.
/// </summary>
internal unsafe interface ILaneBlock<TSelf> : IFmaVector<TSelf> where TSelf : struct, ILaneBlock<TSelf>
{
    /// <summary>The path this block implements.</summary>
    static abstract VectorPath Path { get; }
    static abstract TSelf Zero { get; }
    static abstract TSelf Add(TSelf left, TSelf right);
    static abstract TSelf Multiply(TSelf left, TSelf right);
    /// <summary>Lane l is <paramref name="whenNonNegative"/>[l] where u[l] ≥ 0 (false for NaN), else <paramref name="otherwise"/>[l].</summary>
    static abstract TSelf SelectNonNegative(TSelf u, TSelf whenNonNegative, TSelf otherwise);
    /// <summary>Bit l set where lane l is ≥ 0.</summary>
    static abstract uint NonNegativeMask(TSelf u);
    /// <summary>Bit l set where lane l is not ±0 (NaN included).</summary>
    static abstract uint NonZeroMask(TSelf x);
}
