using System.Numerics.Tensors;
using TheoremCheck.Numerics;

namespace TheoremCheck.Theory;

/// <summary>
/// Claim C2 (THEORY §5) for scenario a with identity loss: explicit one-sided error bounds built from
/// E3/E4. For f: f_t/t_f = f̂ + (F_K - f̂) + B_f + f_0/t_f, so (a) asks
///   |f̂(z)| > c_0 σ(z)/t_f + c_w √(3/m) ((1/N) Σ|⟨x_n,z⟩| + 1) + |(1/N) Σ y_n Φ(x_n,z)|.
/// For g: g_t/(t_g ε) = ĝ_n + g_0/(t_g ε) + width error + direction error + B_g/ε, so (b) asks
///   |ĝ_n(z)| > c_0 σ(z)/(t_g ε) + c_w √(3/m) ((1/N) Σ|⟨û_n,z⟩| + |ȳ^adv|/ε)
///              + c_d (1/N) Σ Φ(r_n,z) |⟨û_n - v̂_n, z⟩| + |(1/(Nε)) Σ y^adv_n Φ(r_n,z)|,
/// with û_n = u_n/||u_n|| the measured gradient direction, v̂_n the C1 direction, ȳ^adv the mean target.
/// The bias width error uses that the r_n are small, so K_g(r_n, z) hardly depends on n.
/// σ(z)² = ((1+γ²)/2)(||z||²/d + 1) is the variance of an initial output at z. With symmetric
/// (paired) initialisation K sums m/2 independent pairs of equal terms, so its deviation is √(6/m).
/// Each term is kept apart (<see cref="MarginErrors"/>) so reports can say which one a failing condition is short of.
/// These are the no-flip (lazy) error terms: activation flips are not bounded here (see <see cref="LazyRegime"/>).
/// f̂ and ĝ_n come from <see cref="LimitFunctions.Evaluate"/>, together with the kernels the error terms reuse.
/// </summary>
public sealed class PredictionMatching
{
    /// <summary>Kernel matrices of a block hold at most this many entries (2 MB each), whatever N: a block's six stay in cache-sized memory.</summary>
    private const int BlockEntries = 1 << 18;

    private readonly LimitFunctions _limit;
    private readonly Matrix<double> _perturbations, _gradientDirections;
    private readonly int[] _labels, _targets;
    private readonly double _slope, _widthError, _timeF, _timeG, _epsilon, _meanTarget;
    private readonly ConditionConstants _constants;

    public PredictionMatching(
        Matrix<double> inputs, int[] labels, Matrix<double> perturbations, Matrix<double> gradients, int[] targets,
        double slope, int width, double timeF, double timeG, double epsilon, ConditionConstants constants, bool pairedNeurons = false)
    {
        if (timeF <= 0 || timeG <= 0) throw new ArgumentOutOfRangeException(nameof(timeF), "Training times must be positive.");
        if (epsilon <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), "ε must be positive for condition (b).");
        if (gradients.Rows != inputs.Rows || targets.Length != inputs.Rows)
            throw new ArgumentException($"{gradients.Rows} gradients and {targets.Length} targets for {inputs.Rows} samples.");
        _limit = new LimitFunctions(inputs, labels, slope);
        _labels = labels; _perturbations = perturbations; _targets = targets;
        _slope = slope; _timeF = timeF; _timeG = timeG; _epsilon = epsilon; _constants = constants;
        _widthError = Math.Sqrt((pairedNeurons ? 6.0 : 3.0) / width);
        _gradientDirections = Normalised(gradients);
        _meanTarget = targets.Select(t => (double)t).Average();
    }

    /// <summary>σ(z): standard deviation of an initial output f_0(z) given the data point (THEORY §5).</summary>
    public static double InitialOutputDeviation(ReadOnlySpan<double> z, double slope) =>
        Math.Sqrt((1 + slope * slope) / 2 * (TensorPrimitives.Dot(z, z) / z.Length + 1));

    public ConditionReport Evaluate(ReadOnlySpan<double> z) => EvaluateBlock(new Matrix<double>(1, z.Length, z.ToArray()))[0];

    /// <summary>
    /// The conditions at every row of <paramref name="points"/>. Blocks of points are spread over the cores; each
    /// point's sums run over n in order, so the result does not depend on the thread count or the block size.
    /// </summary>
    public ConditionReport[] Evaluate(Matrix<double> points, Action<int, int>? pointsDone = null, CancellationToken cancel = default)
    {
        int block = Math.Clamp(BlockEntries / Math.Max(1, _labels.Length), 1, 1024);
        int blocks = (points.Rows + block - 1) / block;
        var reports = new ConditionReport[points.Rows];
        int done = 0;
        // Parallel.For, not ParallelBlocks: the matrix products inside a block use ParallelBlocks themselves.
        // Each thread keeps one workspace, so the large block arrays are allocated once per thread, not once per block.
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism.MaxThreads, CancellationToken = cancel },
            () => new Workspace(),
            (b, _, workspace) =>
            {
                int first = b * block, count = Math.Min(block, points.Rows - first);
                if (workspace.Points?.Rows != count) workspace.Points = new Matrix<double>(count, points.Cols);
                points.Data.AsSpan(first * points.Cols, count * points.Cols).CopyTo(workspace.Points.Data);
                EvaluateBlock(workspace).CopyTo(reports, first);
                pointsDone?.Invoke(Interlocked.Add(ref done, count), points.Rows);
                return workspace;
            },
            _ => { });
        return reports;
    }

    /// <summary>The arrays one thread reuses from block to block.</summary>
    private sealed class Workspace
    {
        public Matrix<double>? Points, GradientProjections;
        public LimitValues? Limit;
    }

    private ConditionReport[] EvaluateBlock(Matrix<double> points) => EvaluateBlock(new Workspace { Points = points });

    private ConditionReport[] EvaluateBlock(Workspace workspace)
    {
        var points = workspace.Points!;
        int n = _labels.Length, count = points.Rows;
        var limit = workspace.Limit = _limit.Evaluate(points, _perturbations, workspace.Limit);
        if (workspace.GradientProjections?.Cols != count) workspace.GradientProjections = new Matrix<double>(n, count);
        var gradientProjections = workspace.GradientProjections;
        MatrixProducts<double>.MultiplyTransposed(_gradientDirections, points, null, gradientProjections);
        double[] absProjections = new double[count], biasF = new double[count],
                 absGradientProjections = new double[count], directionGap = new double[count], biasG = new double[count];
        for (int k = 0; k < n; k++)
        {
            var phiX = limit.InputKernel.Row(k);
            var projection = limit.InputProjections.Row(k);
            var phiR = limit.PerturbationKernel!.Row(k);
            var classProjection = limit.DirectionProjections!.Row(k);
            var gradientProjection = gradientProjections.Row(k);
            for (int p = 0; p < count; p++)
            {
                absProjections[p] += Math.Abs(projection[p]);
                biasF[p] += _labels[k] * phiX[p];
                absGradientProjections[p] += Math.Abs(gradientProjection[p]);
                directionGap[p] += phiR[p] * Math.Abs(gradientProjection[p] - classProjection[p]);
                biasG[p] += _targets[k] * phiR[p];
            }
        }

        var reports = new ConditionReport[count];
        for (int p = 0; p < count; p++)
        {
            double sigma = InitialOutputDeviation(points.Row(p), _slope);
            var errorsF = new MarginErrors(
                InitialOutput: _constants.InitialOutput * sigma / _timeF,
                KernelWidth: _constants.KernelWidth * _widthError * (absProjections[p] / n + 1),
                Direction: 0,
                Bias: Math.Abs(biasF[p] / n));
            var errorsG = new MarginErrors(
                InitialOutput: _constants.InitialOutput * sigma / (_timeG * _epsilon),
                KernelWidth: _constants.KernelWidth * _widthError * (absGradientProjections[p] / n + Math.Abs(_meanTarget) / _epsilon),
                Direction: _constants.Direction * (directionGap[p] / n),
                Bias: Math.Abs(biasG[p] / (n * _epsilon)));
            reports[p] = new ConditionReport(limit.FHat[p], limit.GHatNormalised![p], errorsF, errorsG);
        }
        return reports;
    }

    private static Matrix<double> Normalised(Matrix<double> rows)
    {
        var result = rows.Clone();
        for (int r = 0; r < result.Rows; r++)
        {
            var row = result.Row(r);
            double norm = TensorPrimitives.Norm<double>(row);
            if (norm > 0) TensorPrimitives.Divide(row, norm, row);
        }
        return result;
    }
}
