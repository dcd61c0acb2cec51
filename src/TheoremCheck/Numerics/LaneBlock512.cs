using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>Eight lanes as one <see cref="Vector512{T}"/> (AVX-512).</summary>
internal readonly unsafe struct LaneBlock512 : ILaneBlock<LaneBlock512>
{
    private readonly Vector512<double> _lanes;

    private LaneBlock512(Vector512<double> lanes) => _lanes = lanes;

    public static VectorPath Path => VectorPath.Vector512;

    public static LaneBlock512 Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 Load(double* source) => new(Vector512.Load(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 Broadcast(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(LaneBlock512 block, double* destination) => block._lanes.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 Add(LaneBlock512 left, LaneBlock512 right) => new(left._lanes + right._lanes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 Multiply(LaneBlock512 left, LaneBlock512 right) => new(left._lanes * right._lanes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 FusedMultiplyAdd(LaneBlock512 left, LaneBlock512 right, LaneBlock512 addend) =>
        new(Vector512.FusedMultiplyAdd(left._lanes, right._lanes, addend._lanes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LaneBlock512 SelectNonNegative(LaneBlock512 u, LaneBlock512 whenNonNegative, LaneBlock512 otherwise) =>
        new(Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(u._lanes, Vector512<double>.Zero), whenNonNegative._lanes, otherwise._lanes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonNegativeMask(LaneBlock512 u) =>
        (uint)Vector512.GreaterThanOrEqual(u._lanes, Vector512<double>.Zero).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NonZeroMask(LaneBlock512 x) => ~(uint)Vector512.Equals(x._lanes, Vector512<double>.Zero).ExtractMostSignificantBits() & 0xFF;
}
