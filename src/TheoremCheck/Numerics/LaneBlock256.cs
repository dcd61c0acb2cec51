using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>Eight lanes as two <see cref="Vector256{T}"/>: lanes 0..3 and 4..7 (AVX2).</summary>
internal readonly unsafe struct LaneBlock256 : ILaneBlock<LaneBlock256>
{
    private readonly Vector256<double> _low, _high;

    private LaneBlock256(Vector256<double> low, Vector256<double> high) { _low = low; _high = high; }

    public static VectorPath Path => VectorPath.Vector256;

    public static LaneBlock256 Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 Load(double* source) => new(Vector256.Load(source), Vector256.Load(source + 4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 Broadcast(double value) { var v = Vector256.Create(value); return new(v, v); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(LaneBlock256 block, double* destination)
    {
        block._low.Store(destination);
        block._high.Store(destination + 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 Add(LaneBlock256 left, LaneBlock256 right) => new(left._low + right._low, left._high + right._high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 Multiply(LaneBlock256 left, LaneBlock256 right) => new(left._low * right._low, left._high * right._high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 FusedMultiplyAdd(LaneBlock256 left, LaneBlock256 right, LaneBlock256 addend) =>
        new(Vector256.FusedMultiplyAdd(left._low, right._low, addend._low), Vector256.FusedMultiplyAdd(left._high, right._high, addend._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock256 SelectNonNegative(LaneBlock256 u, LaneBlock256 whenNonNegative, LaneBlock256 otherwise) => new(
        Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(u._low, Vector256<double>.Zero), whenNonNegative._low, otherwise._low),
        Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(u._high, Vector256<double>.Zero), whenNonNegative._high, otherwise._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonNegativeMask(LaneBlock256 u) =>
        Vector256.GreaterThanOrEqual(u._low, Vector256<double>.Zero).ExtractMostSignificantBits()
        | Vector256.GreaterThanOrEqual(u._high, Vector256<double>.Zero).ExtractMostSignificantBits() << 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonZeroMask(LaneBlock256 x) =>
        ~(Vector256.Equals(x._low, Vector256<double>.Zero).ExtractMostSignificantBits()
          | Vector256.Equals(x._high, Vector256<double>.Zero).ExtractMostSignificantBits() << 4) & 0xFF;
}
