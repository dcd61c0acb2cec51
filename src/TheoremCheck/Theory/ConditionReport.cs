namespace TheoremCheck.Theory;

/// <summary>The three conditions of C2 at one point z, with the quantities they compare and the error terms of (a) and (b).</summary>
public sealed record ConditionReport(double FHat, double GHat, MarginErrors ErrorsF, MarginErrors ErrorsG)
{
    /// <summary>The bound on |f_t(z)/t_f - f̂(z)| that (a) compares |f̂(z)| with.</summary>
    public double ThresholdF => ErrorsF.Total;
    /// <summary>The bound on |g_t(z)/(t_g ε) - ĝ_n(z)| that (b) compares |ĝ_n(z)| with.</summary>
    public double ThresholdG => ErrorsG.Total;
    /// <summary>(a) functional margin condition 1: |f̂(z)| exceeds the error of f_t(z)/t_f ≈ f̂(z).</summary>
    public bool MarginF => Math.Abs(FHat) > ThresholdF;
    /// <summary>(b) functional margin condition 2: |ĝ_n(z)| exceeds the error of g_t(z)/(t_g ε) ≈ ĝ_n(z).</summary>
    public bool MarginG => Math.Abs(GHat) > ThresholdG;
    /// <summary>(c) agreement condition: sgn f̂(z) = sgn ĝ_n(z).</summary>
    public bool Agreement => Math.Sign(FHat) == Math.Sign(GHat);
    /// <summary>(a) ∧ (b) ∧ (c): C2 then claims sgn f(z) = sgn g(z).</summary>
    public bool All => MarginF && MarginG && Agreement;
}
