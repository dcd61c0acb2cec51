using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Pipeline;

/// <summary>
/// A finished run in number type T (double, or <see cref="Rational"/> for exact arithmetic): the effective
/// specification (the sizes actually used: for IDX data d, N and the test count of the files), the metrics as
/// counts, the closed-form check of an exact run (null otherwise), seconds per stage, and the stages' output.
/// </summary>
public sealed record RunResult<T>(
    ExperimentSpec Spec, RunMetrics Metrics, ClosedFormCheck? ClosedForms,
    IReadOnlyDictionary<string, double> Seconds, string DataDescription, PerturbationLearningRun<T> Run)
    where T : struct, INumber<T>
{
    public bool IsExact => NumberTraits<T>.IsExact;

    /// <summary>The attack the run used: the specified one, or its exact stand-in (<see cref="ExactArithmetic.Attack"/>).</summary>
    public PerturbationNorm AttackUsed => Run.Norm;

    public T TimeF => Run.F.TrainingTime;
    public T TimeG => Run.G.TrainingTime;

    public T[] TestOutputsF() => Run.F.Network.Outputs(Run.TestInputs);
    public T[] TestOutputsG() => Run.G.Network.Outputs(Run.TestInputs);
}
