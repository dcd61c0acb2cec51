namespace TheoremCheck.Theory;

/// <summary>
/// The error terms of the margin conditions (a) and (b) of C2 (THEORY §5): what separates f_t(z)/t_f from f̂(z)
/// and g_t(z)/(t_g ε) from ĝ_n(z) in the lazy regime.
/// </summary>
public enum ErrorTerm
{
    /// <summary>The initial output over the training time: c_0 σ(z)/t_f, c_0 σ(z)/(t_g ε).</summary>
    InitialOutput,
    /// <summary>The finite-width kernel error K - Φ: c_w √(3/m) times the projections it multiplies.</summary>
    KernelWidth,
    /// <summary>The gap between the gradient direction u_n/||u_n|| and the C1 direction v_n/||v_n|| (condition (b) only).</summary>
    Direction,
    /// <summary>The bias term: |B_f| for (a); the target-label imbalance |B_g|/ε for (b).</summary>
    Bias,
}
