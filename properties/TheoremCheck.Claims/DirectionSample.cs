namespace TheoremCheck.Claims;

/// <summary>
/// The C1 bound at one training sample x_n (see <see cref="DirectionBound"/>): the bound on ||u_n - t_f v_n||, its
/// terms, the δ_n it gives, and what was observed.
/// </summary>
/// <param name="InitialGradient">Ĝ_n, the bound on ||∇f_0(x_n)||.</param>
/// <param name="KernelError">Ê_n, the bound on ||v^K_n - v_n|| (finite-width kernel error K - Φ).</param>
/// <param name="Flip">||F_n||, the measured flip term: u_n minus its E3 prediction ∇f_0(x_n) + t_f v^K_n.</param>
/// <param name="Rounding">Allowance for the rounding of the E3 prediction and of v_n.</param>
/// <param name="Scale">t_f ||v_n||.</param>
/// <param name="Observed">||u_n - t_f v_n|| as computed.</param>
/// <param name="Cosine">y^adv_n cos(r_n, v_n): the perturbation's cosine with the class feature, signed by the target.</param>
/// <param name="CosineSlack">Rounding allowance of <paramref name="Cosine"/> and of r_n against u_n/||u_n||.</param>
public sealed record DirectionSample(
    double InitialGradient, double KernelError, double Flip, double Rounding, double Scale, double Observed,
    double Cosine, double CosineSlack)
{
    /// <summary>The bound on ||u_n - t_f v_n||: Ĝ_n + t_f Ê_n + ||F_n|| + rounding.</summary>
    public double Bound(double time) => InitialGradient + time * KernelError + Flip + Rounding;

    /// <summary>δ_n = bound / (t_f ||v_n||); the bound decides the direction only when δ_n &lt; 1.</summary>
    public double Delta(double time) => Bound(time) / Scale;

    /// <summary>√(1 - δ_n²): if ||u - t v|| ≤ δ ||t v|| with δ &lt; 1, u lies in a cone of half-angle arcsin δ around v.</summary>
    public double CosineFloor(double time)
    {
        double delta = Delta(time);
        return delta < 1 ? Math.Sqrt(1 - delta * delta) : double.NaN;
    }

    public bool Decided(double time) => Delta(time) < 1;

    public bool Holds(double time) => !Decided(time) || Cosine >= CosineFloor(time) - CosineSlack;
}
