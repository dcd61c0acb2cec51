using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>Eight lanes as four <see cref="Vector128{T}"/>: lanes 0-1, 2-3, 4-5, 6-7 (SSE, NEON).</summary>
internal readonly unsafe struct LaneBlock128 : ILaneBlock<LaneBlock128>
{
    private readonly Vector128<double> _v0, _v1, _v2, _v3;

    private LaneBlock128(Vector128<double> v0, Vector128<double> v1, Vector128<double> v2, Vector128<double> v3)
    {
        _v0 = v0; _v1 = v1; _v2 = v2; _v3 = v3;
    }

    public static VectorPath Path => VectorPath.Vector128;

    public static LaneBlock128 Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 Load(double* source) =>
        new(Vector128.Load(source), Vector128.Load(source + 2), Vector128.Load(source + 4), Vector128.Load(source + 6));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 Broadcast(double value) { var v = Vector128.Create(value); return new(v, v, v, v); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(LaneBlock128 block, double* destination)
    {
        block._v0.Store(destination);
        block._v1.Store(destination + 2);
        block._v2.Store(destination + 4);
        block._v3.Store(destination + 6);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 Add(LaneBlock128 left, LaneBlock128 right) =>
        new(left._v0 + right._v0, left._v1 + right._v1, left._v2 + right._v2, left._v3 + right._v3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 Multiply(LaneBlock128 left, LaneBlock128 right) =>
        new(left._v0 * right._v0, left._v1 * right._v1, left._v2 * right._v2, left._v3 * right._v3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 FusedMultiplyAdd(LaneBlock128 left, LaneBlock128 right, LaneBlock128 addend) => new(
        Vector128.FusedMultiplyAdd(left._v0, right._v0, addend._v0), Vector128.FusedMultiplyAdd(left._v1, right._v1, addend._v1),
        Vector128.FusedMultiplyAdd(left._v2, right._v2, addend._v2), Vector128.FusedMultiplyAdd(left._v3, right._v3, addend._v3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock128 SelectNonNegative(LaneBlock128 u, LaneBlock128 whenNonNegative, LaneBlock128 otherwise) => new(
        Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(u._v0, Vector128<double>.Zero), whenNonNegative._v0, otherwise._v0),
        Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(u._v1, Vector128<double>.Zero), whenNonNegative._v1, otherwise._v1),
        Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(u._v2, Vector128<double>.Zero), whenNonNegative._v2, otherwise._v2),
        Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(u._v3, Vector128<double>.Zero), whenNonNegative._v3, otherwise._v3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonNegativeMask(LaneBlock128 u) =>
        Vector128.GreaterThanOrEqual(u._v0, Vector128<double>.Zero).ExtractMostSignificantBits()
        | Vector128.GreaterThanOrEqual(u._v1, Vector128<double>.Zero).ExtractMostSignificantBits() << 2
        | Vector128.GreaterThanOrEqual(u._v2, Vector128<double>.Zero).ExtractMostSignificantBits() << 4
        | Vector128.GreaterThanOrEqual(u._v3, Vector128<double>.Zero).ExtractMostSignificantBits() << 6;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonZeroMask(LaneBlock128 x) =>
        ~(Vector128.Equals(x._v0, Vector128<double>.Zero).ExtractMostSignificantBits()
          | Vector128.Equals(x._v1, Vector128<double>.Zero).ExtractMostSignificantBits() << 2
          | Vector128.Equals(x._v2, Vector128<double>.Zero).ExtractMostSignificantBits() << 4
          | Vector128.Equals(x._v3, Vector128<double>.Zero).ExtractMostSignificantBits() << 6) & 0xFF;
}
