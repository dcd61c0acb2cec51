namespace TheoremCheck.Theory;

/// <summary>
/// The named constants of the C2 conditions (THEORY §5). Each multiplies one error term:
/// <see cref="InitialOutput"/> (c_0) the initial outputs f_0, g_0 as Gaussian standard deviations,
/// <see cref="KernelWidth"/> (c_w) the finite-width kernel error √(3/m), <see cref="Direction"/> (c_d)
/// the measured gap between the normalised input gradient u_n/||u_n|| and the C1 direction v_n/||v_n||.
/// All zero: the conditions reduce to |f̂| > bias, |ĝ_n| > bias and the agreement condition.
/// c_0 and c_w count standard deviations; c_d multiplies a measured quantity, so 1 takes it at face value.
/// </summary>
public sealed record ConditionConstants(double InitialOutput, double KernelWidth, double Direction)
{
    /// <summary>c_0 = c_w = 3 standard deviations (one-sided Gaussian tail 0.13 %), c_d = 1.</summary>
    public static ConditionConstants Default { get; } = new(3, 3, 1);
    public static ConditionConstants Zero { get; } = new(0, 0, 0);
}
