namespace TheoremCheck.Attacks;

/// <summary>
/// How a perturbation is normalised (THEORY §2). L2 is the reference attack; exact arithmetic cannot take
/// a square root, so an exact run asks for <see cref="ScaledLinf"/> instead, which has the
/// same direction (all E1-E4 use) and L∞ norm ε.
/// </summary>
public enum PerturbationNorm
{
    /// <summary>r = ε y^adv u / ||u||₂ (reference; needs a square root, so not over exact types).</summary>
    L2,
    /// <summary>r = ε y^adv sign(u).</summary>
    Linf,
    /// <summary>r_j = ε y^adv sign(u_j) on the k coordinates of largest |u_j|, 0 elsewhere.</summary>
    L0,
    /// <summary>r = ε y^adv u / ||u||_∞: the L2 direction without a square root.</summary>
    ScaledLinf,
    /// <summary>r = ε y^adv u, unnormalised.</summary>
    None,
}
