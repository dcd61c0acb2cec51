using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// f̂, ĝ and ĝ_n (THEORY §4) at a block of points z_p, with the kernel and projection matrices they were
/// summed from (row n, column p), so that the C2 error terms reuse them instead of computing Φ again.
/// The g parts are null when no perturbations were given.
/// </summary>
/// <param name="InputKernel">Φ(x_n, z_p).</param>
/// <param name="InputProjections">⟨x_n, z_p⟩.</param>
/// <param name="PerturbationKernel">Φ(r_n, z_p).</param>
/// <param name="DirectionProjections">⟨v_n, z_p⟩ / ||v_n||, 0 where v_n = 0.</param>
public sealed record LimitValues(
    double[] FHat, Matrix<double> InputKernel, Matrix<double> InputProjections,
    double[]? GHat, double[]? GHatNormalised, Matrix<double>? PerturbationKernel, Matrix<double>? DirectionProjections);
