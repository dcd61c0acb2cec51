namespace TheoremCheck.Pipeline;

/// <summary>
/// How long work will take, estimated before it starts, so that a command can refuse hours of computation
/// nobody asked for knowingly. The rates are measured on the development machine (2 cores, AVX-512) and
/// halved or taken under load, so the estimates err long; they bound, they do not predict.
/// </summary>
public static class WorkEstimate
{
    /// <summary>
    /// Double-precision floating-point operations per second of training: the canonical run (4·N·d·m = 4·10⁷ flop
    /// per epoch, 2000 epochs) takes 1.7 s when the machine is quiet, 47 GFLOP/s; half of it allows for a busy machine.
    /// </summary>
    public const double TrainingFlopsPerSecond = 2e10;

    /// <summary>
    /// (grid point, sample, coordinate + 50) terms per second of the C2 conditions on a decision map: the default
    /// map (120² points, N = 1000, d = 100) took 10.6 s on the development machine under load from other work.
    /// The 50 stands for the per-sample work that does not grow with d (two arcsines and the sums).
    /// </summary>
    public const double MapTermsPerSecond = 2e8;

    /// <summary>Four products of N·d·m multiply-adds per full-batch epoch (X Wᵀ and Gᵀ X; THEORY §2 training).</summary>
    public static double TrainingFlops(int samples, int dimension, int width, long epochs) => 4.0 * samples * dimension * width * epochs;

    /// <summary>Seconds to train f and g of a specification (image data: give the sizes of the files).</summary>
    public static double TrainingSeconds(ExperimentSpec spec) =>
        TrainingFlops(spec.Data.Samples, spec.Data.Dimension, spec.Network.Width, (long)spec.Training.EpochsF + spec.Training.EpochsG) / TrainingFlopsPerSecond;

    /// <summary>Seconds to evaluate the C2 conditions at every point of a resolution² grid.</summary>
    public static double MapSeconds(int resolution, int samples, int dimension) =>
        (double)resolution * resolution * samples * (dimension + 50.0) / MapTermsPerSecond;
}
