namespace TheoremCheck.Theory;

/// <summary>
/// The premise of the theorem (THEORY §3 E3, §5): lazy training, in which the activation patterns
/// φ'(⟨w_i(t), z⟩ + b_i(t)) of most neurons stay those of initialisation. E3, E4 and the C2 conditions are
/// derived under it. The poster states it as a width requirement m &gt; O(d^k (T_f + T_g)²).
/// </summary>
/// <remarks>
/// <para><b>The exponent k.</b> The preactivation h_i(z) = ⟨w_i, z⟩ + b_i is N(0, ||z||²/d + 1) at initialisation,
/// so with ||z||² of order d its spread is of order 1. Training f with the identity loss for a time t_f moves it by
/// Δh_i(z) = ∫ (1/N) Σ_n y_n a_i φ'_i(x_n) (⟨x_n, z⟩ + 1) dt (the update of E3), so
/// |Δh_i(z)| ≤ t_f |a_i| max_n (|⟨x_n, z⟩| + 1) ≤ t_f |a_i| (||x_n|| ||z|| + 1), of order t_f d / √m since
/// a_i ~ N(0, 1/m) and ||x_n||, ||z|| are of order √d. A pattern flips only if |h_i(0)| &lt; |Δh_i|, and h_i(0) has
/// a density of order 1 at 0, so the share of flipped patterns is of order t_f d / √m. Training g moves its
/// preactivations by at most t_g |a_i| (ε ||z|| + 1), the same form for ε ≤ √d (its inputs r_n have norm ε).
/// Most patterns stay when (t_f + t_g) d / √m is small: m ≫ d² (t_f + t_g)², so k = 2.</para>
/// <para><b>Which form, and why.</b> k = 2 takes the Cauchy-Schwarz bound |⟨x_n, z⟩| ≤ ||x_n|| ||z|| ≈ d. For inputs
/// without a common direction ⟨x_n, z⟩ is of order √d and k = 1 would do, but the data of the reference's
/// experiments share one (shifted Gauss: class means ±0.3·1, so ⟨x_n, z⟩ ≈ 0.09 d; images: their class means), so
/// k = 2 is the form that covers them. The poster's exponent is unreadable in our copy; k = 2 is derived here, not read.
/// The O(·) hides a constant, so <see cref="WidthRatio"/> is reported, not used to decide: the verdict
/// (<see cref="PremiseCheck.Holds"/>) uses the measured flip shares, which the width requirement is there to keep small.</para>
/// </remarks>
public static class LazyRegime
{
    /// <summary>The exponent k of d in the width requirement m &gt; O(d^k (t_f + t_g)²); derived above.</summary>
    public const int DimensionExponent = 2;

    /// <summary>
    /// At most this share of the (neuron, training point) activation patterns of f, and of g, may have changed by the
    /// end of training for a run to count as lazy. A flip at x or at z changes one term a_i² φ'_i(x) φ'_i(z) of the kernel K
    /// that E3 and E4 use, so with at most a share s flipped at each point the kernel of the trained network shares at
    /// least 1 - 2s of its terms with K: with s = 0.1, four in five. The theory states its premise only as a limit (no
    /// flips as m → ∞, "most neurons" on the poster) and bounds nothing at a positive share, so this is a stated
    /// tolerance, not a derived bound; every report prints the flip shares next to it. The property suite's C2 claim does
    /// not filter by it: it draws wide, lazily trained instances and checks C2 where the conditions hold.
    /// </summary>
    public const double FlipShareThreshold = 0.1;

    /// <summary>m / (d^k (t_f + t_g)²) with k = <see cref="DimensionExponent"/>: at least of order 1 where the width requirement holds.</summary>
    public static double WidthRatio(int width, int dimension, double timeF, double timeG)
    {
        if (width <= 0 || dimension <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"Width and dimension must be positive, got {width} and {dimension}.");
        if (!(timeF >= 0) || !(timeG >= 0)) throw new ArgumentOutOfRangeException(nameof(timeF), $"Training times must be non-negative, got {timeF} and {timeG}.");
        double time = timeF + timeG;
        return width / (Math.Pow(dimension, DimensionExponent) * time * time);
    }

    /// <summary>Whether a flip share is within <see cref="FlipShareThreshold"/>.</summary>
    public static bool IsLazy(double flipShare) => flipShare <= FlipShareThreshold;
}
