using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// Chooses the implementation of the compute seam for a number type: double runs <see cref="DoubleProviders"/>
/// on <see cref="VectorPaths.Current"/>, every other type the <see cref="ReferenceProvider{T}"/>. This is the one
/// place a fast path is chosen by type; the JIT resolves the test per instantiation.
/// </summary>
internal static class ComputeProvider<T> where T : INumber<T>
{
    public static IComputeProvider<T> Current => typeof(T) == typeof(double)
        ? (IComputeProvider<T>)DoubleProviders.For(VectorPaths.Current)
        : ReferenceProvider<T>.Instance;
}
