using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TheoremCheck.Numerics;

/// <summary>Four doubles as one <see cref="Vector256{T}"/>: half a 512-bit block, for a ragged panel of at most four columns.</summary>
internal readonly unsafe struct HalfBlock256 : IFmaVector<HalfBlock256>
{
    private readonly Vector256<double> _lanes;

    private HalfBlock256(Vector256<double> lanes) => _lanes = lanes;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HalfBlock256 Load(double* source) => new(Vector256.Load(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HalfBlock256 Broadcast(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(HalfBlock256 vector, double* destination) => vector._lanes.Store(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HalfBlock256 FusedMultiplyAdd(HalfBlock256 left, HalfBlock256 right, HalfBlock256 addend) =>
        new(Vector256.FusedMultiplyAdd(left._lanes, right._lanes, addend._lanes));
}
