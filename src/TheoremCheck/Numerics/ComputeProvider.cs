using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// Chooses the implementation of the compute seam for a number type: double runs <see cref="DoubleProviders"/>
/// on <see cref="VectorPaths.Current"/>, <see cref="Rational"/> the <see cref="RationalProvider"/>, every other type
/// the <see cref="ReferenceProvider{T}"/>. This is the one place a fast path is chosen by type; the JIT resolves the
/// tests per instantiation.
/// </summary>
internal static class ComputeProvider<T> where T : INumber<T>
{
    public static IComputeProvider<T> Current =>
        typeof(T) == typeof(double) ? (IComputeProvider<T>)DoubleProviders.For(VectorPaths.Current)
        : typeof(T) == typeof(Rational) ? (IComputeProvider<T>)(object)RationalProvider.Instance
        : ReferenceProvider<T>.Instance;
}
