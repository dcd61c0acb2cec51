namespace TheoremCheck.Claims;

/// <summary>
/// A priori bounds on the rounding error of double-precision evaluations (Higham, Accuracy and Stability of
/// Numerical Algorithms, 2nd ed., §2.2 and §3.1), used as the tolerance when the library and
/// <see cref="LimitReference"/> evaluate the same formula in different ways. u = 2^-53 is the unit roundoff; a sum
/// or dot product of n terms computed in any order (pairwise, blocked, vectorised, with or without fused
/// multiply-add) is within γ_n Σ|terms| of the exact one, γ_n = n u / (1 - n u) (Higham, (3.4)-(3.5)).
/// Library and reference each carry such an error, so they are compared within the sum of both bounds.
/// </summary>
public static class RoundingBounds
{
    /// <summary>The unit roundoff of IEEE double, 2^-53.</summary>
    public const double UnitRoundoff = 1.0 / (1L << 53);

    /// <summary>γ_n = n u / (1 - n u).</summary>
    public static double Gamma(int n) => n * UnitRoundoff / (1 - n * UnitRoundoff);

    /// <summary>
    /// How far the computed correlation ρ(x, z) = (⟨x,z⟩/d + 1) / √((||x||²/d + 1)(||z||²/d + 1)) can be from the
    /// exact one, for any summation order: the numerator is off by at most γ_{d+2}(Σ|x_j z_j|/d + 1), which by
    /// Cauchy-Schwarz is at most γ_{d+2} times the denominator; the denominator and the division add a relative
    /// γ_{d+6}. So |Δρ| ≤ γ_{d+2} + γ_{d+6}|ρ| ≤ 2γ_{d+6}.
    /// </summary>
    public static double Correlation(int dimension) => 2 * Gamma(dimension + 6);

    /// <summary>
    /// How far arcsin can move when its argument ρ ∈ [-1, 1] moves by at most h (and stays in [-1, 1]):
    /// the larger of the two one-sided moves, evaluated on the widened interval [ρ - 2h, ρ + 2h] so that it covers the
    /// exact ρ when only the computed one is known; near |ρ| = 1 this is about √(2h), the square-root conditioning of
    /// arcsin at the ends. Four units in the last place of π/2 cover arcsin's own rounding.
    /// </summary>
    public static double Arcsine(double rho, double h)
    {
        double low = Math.Max(-1, rho - 2 * h), high = Math.Min(1, rho + 2 * h);
        return Math.Max(Math.Asin(high) - Math.Asin(rho), Math.Asin(rho) - Math.Asin(low)) + 4 * UnitRoundoff * Math.PI / 2;
    }

    /// <summary>
    /// Rounding error of Φ = (1+γ)²/4 + (1-γ)² arcsin(ρ)/(2π) (or any rearrangement, such as γ + (1-γ)² p with the
    /// orthant probability p) computed from a ρ that carries the error of <see cref="Correlation"/>: the arcsin move
    /// scaled by (1-γ)²/(2π), plus a relative 8u of the result for the few remaining operations.
    /// </summary>
    public static double Phi(double rho, int dimension, double slope) =>
        (1 - slope) * (1 - slope) / (2 * Math.PI) * Arcsine(rho, Correlation(dimension)) + 8 * UnitRoundoff;
}
