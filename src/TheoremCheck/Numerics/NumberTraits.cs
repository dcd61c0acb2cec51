using System.Numerics;

namespace TheoremCheck.Numerics;

/// <summary>
/// The two facts about a number type that generic math does not state: whether its arithmetic is exact
/// (<see cref="Rational"/>: the identities of THEORY §3 hold with equality), and whether it has a square
/// root (double only: exact mode avoids it by design, THEORY §3 E4). This is the one place that asks
/// which type T is; the JIT resolves the tests per instantiation, so they cost nothing at run time.
/// </summary>
public static class NumberTraits<T> where T : INumber<T>
{
    public static bool IsExact => typeof(T) == typeof(Rational);

    public static bool HasSquareRoot => typeof(T) == typeof(double);

    /// <summary>√value for double; any other type has no square root here and gets a clear message.</summary>
    public static T Sqrt(T value) => HasSquareRoot
        ? T.CreateChecked(Math.Sqrt(double.CreateChecked(value)))
        : throw new InvalidOperationException($"Only double has a square root here, not {typeof(T).Name}: the root of a rational is in general irrational.");
}
