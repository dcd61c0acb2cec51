using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// Eight lanes as eight scalar doubles: the path for hardware without vector units, and the plain form
/// of what the vector blocks compute (<see cref="Math.FusedMultiplyAdd"/> is the same single rounding).
/// </summary>
internal readonly unsafe struct LaneBlockScalar : ILaneBlock<LaneBlockScalar>
{
    private readonly double _l0, _l1, _l2, _l3, _l4, _l5, _l6, _l7;

    private LaneBlockScalar(double l0, double l1, double l2, double l3, double l4, double l5, double l6, double l7)
    {
        _l0 = l0; _l1 = l1; _l2 = l2; _l3 = l3; _l4 = l4; _l5 = l5; _l6 = l6; _l7 = l7;
    }

    public static VectorPath Path => VectorPath.Scalar;

    public static LaneBlockScalar Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar Load(double* s) => new(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar Broadcast(double v) => new(v, v, v, v, v, v, v, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(LaneBlockScalar b, double* d)
    {
        d[0] = b._l0; d[1] = b._l1; d[2] = b._l2; d[3] = b._l3; d[4] = b._l4; d[5] = b._l5; d[6] = b._l6; d[7] = b._l7;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar Add(LaneBlockScalar x, LaneBlockScalar y) =>
        new(x._l0 + y._l0, x._l1 + y._l1, x._l2 + y._l2, x._l3 + y._l3, x._l4 + y._l4, x._l5 + y._l5, x._l6 + y._l6, x._l7 + y._l7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar Multiply(LaneBlockScalar x, LaneBlockScalar y) =>
        new(x._l0 * y._l0, x._l1 * y._l1, x._l2 * y._l2, x._l3 * y._l3, x._l4 * y._l4, x._l5 * y._l5, x._l6 * y._l6, x._l7 * y._l7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar FusedMultiplyAdd(LaneBlockScalar x, LaneBlockScalar y, LaneBlockScalar a) => new(
        Math.FusedMultiplyAdd(x._l0, y._l0, a._l0), Math.FusedMultiplyAdd(x._l1, y._l1, a._l1),
        Math.FusedMultiplyAdd(x._l2, y._l2, a._l2), Math.FusedMultiplyAdd(x._l3, y._l3, a._l3),
        Math.FusedMultiplyAdd(x._l4, y._l4, a._l4), Math.FusedMultiplyAdd(x._l5, y._l5, a._l5),
        Math.FusedMultiplyAdd(x._l6, y._l6, a._l6), Math.FusedMultiplyAdd(x._l7, y._l7, a._l7));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlockScalar SelectNonNegative(LaneBlockScalar u, LaneBlockScalar t, LaneBlockScalar f) => new(
        u._l0 >= 0 ? t._l0 : f._l0, u._l1 >= 0 ? t._l1 : f._l1, u._l2 >= 0 ? t._l2 : f._l2, u._l3 >= 0 ? t._l3 : f._l3,
        u._l4 >= 0 ? t._l4 : f._l4, u._l5 >= 0 ? t._l5 : f._l5, u._l6 >= 0 ? t._l6 : f._l6, u._l7 >= 0 ? t._l7 : f._l7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonNegativeMask(LaneBlockScalar u) =>
        (u._l0 >= 0 ? 1u : 0) | (u._l1 >= 0 ? 2u : 0) | (u._l2 >= 0 ? 4u : 0) | (u._l3 >= 0 ? 8u : 0)
        | (u._l4 >= 0 ? 16u : 0) | (u._l5 >= 0 ? 32u : 0) | (u._l6 >= 0 ? 64u : 0) | (u._l7 >= 0 ? 128u : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonZeroMask(LaneBlockScalar x) =>
        (x._l0 != 0 ? 1u : 0) | (x._l1 != 0 ? 2u : 0) | (x._l2 != 0 ? 4u : 0) | (x._l3 != 0 ? 8u : 0)
        | (x._l4 != 0 ? 16u : 0) | (x._l5 != 0 ? 32u : 0) | (x._l6 != 0 ? 64u : 0) | (x._l7 != 0 ? 128u : 0);
}
