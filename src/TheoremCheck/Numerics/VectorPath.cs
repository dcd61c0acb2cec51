namespace TheoremCheck.Numerics;

/// <summary>
/// The vector width the double kernels run at. Every path computes the same bits: sums keep eight
/// lane-wise partial sums (emulated with narrower vectors or scalars) and use fused multiply-adds on
/// every path, so the width changes the speed only.
/// </summary>
public enum VectorPath
{
    /// <summary>Eight scalar doubles per step, <see cref="Math.FusedMultiplyAdd"/> for every product term.</summary>
    Scalar,
    /// <summary>Four <c>Vector128&lt;double&gt;</c> per eight lanes.</summary>
    Vector128,
    /// <summary>Two <c>Vector256&lt;double&gt;</c> per eight lanes.</summary>
    Vector256,
    /// <summary>One <c>Vector512&lt;double&gt;</c> per eight lanes.</summary>
    Vector512,
}
