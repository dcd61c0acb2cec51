using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>Generators of <see cref="DyadicCase"/> and the conversions the exact comparisons need.</summary>
public static class Dyadic
{
    /// <summary>k / 2^bits with |k / 2^bits| ≤ bound.</summary>
    public static Gen<double> Value(int bits, double bound) =>
        Gen.Choose(-(int)(bound * (1 << bits)), (int)(bound * (1 << bits))).Select(k => Math.ScaleB(k, -bits));

    public static Gen<double[]> Vector(int length, int bits, double bound) => Gen.ArrayOf(Value(bits, bound), length);

    public static Rational[] ToRational(double[] values) => values.Select(Rational.FromDouble).ToArray();

    /// <summary>A rational that a double holds exactly (the premise of comparing the double path for equality).</summary>
    public static bool IsExactDouble(Rational value) => Rational.FromDouble(value.ToDouble()) == value;

    /// <summary>
    /// Cases: N ∈ {1, 2, 4, 8}, d 1..maxDimension, m 1..maxWidth (m past 64 reaches a second word of activation
    /// bits and several vector widths), 1..3 test points, γ ∈ {0, 1/4, 1/2, 3/4}, η ∈ {1/8, 1/4, 1/2},
    /// β ∈ {0, 1/4, 1/2, 3/4}, 0..4 steps. Zero coordinates and preactivations of exactly 0 occur (φ'(0) = 1).
    /// </summary>
    public static Gen<DyadicCase> Cases(int maxDimension = 6, int maxWidth = 70) =>
        from n in Gen.Elements(1, 2, 4, 8)
        from d in Gen.Choose(1, maxDimension)
        from m in Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(1, maxWidth)))
        from tests in Gen.Choose(1, 3)
        from weights in Gen.ArrayOf(Vector(d, 6, 2), m)
        from bias in Vector(m, 6, 2)
        from readout in Vector(m, 6, 1)
        from slope in Gen.Elements(0, 0.25, 0.5, 0.75)
        from inputs in Gen.ArrayOf(Vector(d, 2, 1), n)
        from labels in Gen.ArrayOf(Gen.Elements(1, -1), n)
        from testPoints in Gen.ArrayOf(Vector(d, 2, 1), tests)
        from eta in Gen.Elements(0.125, 0.25, 0.5)
        from beta in Gen.Elements(0, 0.25, 0.5, 0.75)
        from steps in Gen.Choose(0, 4)
        select new DyadicCase(weights, bias, readout, slope, inputs, labels, testPoints, eta, beta, steps);
}
