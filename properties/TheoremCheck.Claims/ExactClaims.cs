using TheoremCheck.Attacks;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;
using R = TheoremCheck.Claims.ExactReference;

namespace TheoremCheck.Claims;

/// <summary>
/// The exact identities of THEORY §3 (E1-E4) over rationals, each compared with rational equality against the
/// loop-by-loop formulas of <see cref="ExactReference"/>, and the false unconditional forms that must be refuted.
/// </summary>
public static class ExactClaims
{
    /// <summary>Cases per exact claim at scale 1: well under a second each.</summary>
    public const int Cases = 200;

    public static readonly Claim<ExactInstance> Span = new()
    {
        Name = "E1-span",
        Section = "THEORY §3 E1",
        Statement = "after S GD steps (heavy ball), w_i(t) - w_i(0) = Σ_n α_in x_n and b_i(t) - b_i(0) = Σ_n α_in, where α is " +
                    "the library's tracked coefficient and equals the accumulation of (η/N) y_n a_i φ'_i(x_n); the readout a is unchanged",
        Precondition = "none",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = SpanVerdict,
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> GradientDecomposition = new()
    {
        Name = "E2-decomposition",
        Section = "THEORY §3 E2",
        Statement = "∇f_t(z) = Σ_i a_i φ'_i(t,z) w_i(0) + Σ_n [Σ_i a_i φ'_i(t,z) α_in] x_n at every test point z",
        Precondition = "none",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = DecompositionVerdict,
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> SymmetricSpan = new()
    {
        Name = "E2-symmetric-span",
        Section = "THEORY §3 E2",
        Statement = "with symmetric init, at every test point z where each neuron pair shares its activation pattern, " +
                    "the initial-weight term of E2 vanishes (checked in every case) and ∇f_t(z) ∈ span(X) (rank test by rational " +
                    "Gaussian elimination; decided only where rank X < d: about 64 % of the generated cases, against 23 % from N < d alone)",
        Precondition = "some test point where every pair shares its pattern at time t, and rank X < d",
        Instances = scale => ExactGenerators.Instances(InitKind.Symmetric, scale),
        Evaluate = x => SpanMembershipVerdict(x, symmetric: true),
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> LazyClosedFormClaim = new()
    {
        Name = "E3-lazy-closed-form",
        Section = "THEORY §3 E3",
        Statement = "if no pattern at the training or test points flips at any step: t = η Σ_s (1-β^s)/(1-β), " +
                    "f_t(z) = f_0(z) + (t/N) Σ_n y_n K(x_n,z)(⟨x_n,z⟩+1) and ∇f_t(z) = ∇f_0(z) + (t/N) Σ_n y_n K(x_n,z) x_n; " +
                    "the library's flip counter agrees with a step-by-step pattern check",
        Precondition = "no activation pattern flips during training (checked step by step)",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = x => LazyVerdict(x, requireNoFlip: true),
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> PerturbationLearningClosedForm = new()
    {
        Name = "E4-perturbation-closed-form",
        Section = "THEORY §3 E4",
        Statement = "u_n = ∇f_t(x_n), r_n = ε y^adv_n u_n/||u_n||_∞; if g's patterns at r_n and z never flip, " +
                    "g_t(z) = g_0(z) + (t_g ε/N) Σ_n K_g(r_n,z)⟨u_n,z⟩/||u_n||_∞ + (t_g/N) Σ_n y^adv_n K_g(r_n,z); " +
                    "if f's patterns at X never flip too, ⟨u_n,z⟩ = ⟨∇f_0(x_n),z⟩ + (t_f/N) Σ_k y_k K_f(x_k,x_n)⟨x_k,z⟩",
        Precondition = "no pattern of g (at r_n and the test points) flips during perturbation learning",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = PerturbationVerdict,
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> SpanWithGaussianInit = new()
    {
        Name = "E2-span-gaussian-init",
        Section = "THEORY §3 E2",
        Kind = ClaimKind.FalseStatement,
        Statement = "with the reference (non-symmetric) init and X ≠ 0, ∇f_t(z) ∈ span(X) at every test point: false, the initial-weight term survives",
        Precondition = "X has a non-zero sample",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = x => SpanMembershipVerdict(x, symmetric: false),
        Cases = Cases,
    };

    public static readonly Claim<ExactInstance> LazyWithoutNoFlip = new()
    {
        Name = "E3-without-no-flip",
        Section = "THEORY §3 E3",
        Kind = ClaimKind.FalseStatement,
        Statement = "E3's closed form of f_t at every training and test point where f_t(z) ≠ 0, without the no-flip condition: " +
                    "false once a pattern flips (points where the trained network is exactly 0, e.g. its only ReLU switched off " +
                    "by the flip, are left out, so a refutation is never a dead network)",
        Precondition = "none",
        Instances = scale => ExactGenerators.Instances(InitKind.Gaussian, scale),
        Evaluate = x => LazyVerdict(x, requireNoFlip: false),
        Cases = Cases,
    };

    public static IReadOnlyList<Claim> All { get; } =
        [Span, GradientDecomposition, SymmetricSpan, LazyClosedFormClaim, PerturbationLearningClosedForm, SpanWithGaussianInit, LazyWithoutNoFlip];

    private static TrainingResult<Rational> TrainF(ExactInstance x, bool trackSpan = false, Matrix<Rational>? monitored = null) =>
        GradientDescent.Train(x.InitialF(), x.InputMatrix, x.Labels,
            new TrainingSettings<Rational>(x.LearningRate, x.Steps, x.Momentum, LossKind.Identity, trackSpan), monitored);

    private static CaseVerdict SpanVerdict(ExactInstance x)
    {
        var initial = x.InitialF();
        var result = TrainF(x, trackSpan: true);
        var net = result.Network;
        var alpha = result.SpanCoefficients!;
        var trajectory = R.Trajectory(initial, x.Inputs, x.Labels, x.LearningRate, x.Momentum, x.Steps);
        var expected = R.SpanCoefficients(trajectory, x.Inputs, x.Labels, x.LearningRate, x.Momentum);
        for (int i = 0; i < net.Width; i++)
        {
            if (net.Readout[i] != initial.Readout[i]) return CaseVerdict.Always(false, $"readout a_{i} changed: {initial.Readout[i]} -> {net.Readout[i]}");
            Rational biasSum = 0;
            for (int n = 0; n < x.Samples; n++)
            {
                if (alpha[i, n] != expected[i, n])
                    return CaseVerdict.Always(false, $"α[{i},{n}] tracked {alpha[i, n]} but the update rule gives {expected[i, n]}");
                biasSum += alpha[i, n];
            }
            if (net.Bias[i] - initial.Bias[i] != biasSum)
                return CaseVerdict.Always(false, $"b_{i}(t) - b_{i}(0) = {net.Bias[i] - initial.Bias[i]} but Σ_n α = {biasSum}");
            for (int j = 0; j < x.Dimension; j++)
            {
                Rational combination = 0;
                for (int n = 0; n < x.Samples; n++) combination += alpha[i, n] * x.Inputs[n][j];
                if (net.Weights[i, j] - initial.Weights[i, j] != combination)
                    return CaseVerdict.Always(false, $"w_{i}(t) - w_{i}(0) at coordinate {j} is {net.Weights[i, j] - initial.Weights[i, j]}, Σ_n α x_n gives {combination}");
            }
        }
        return CaseVerdict.Always(true, "E1 holds");
    }

    /// <summary>The E2 right-hand side: Σ_i a_i φ'_i(t,z) w_i(0) + Σ_n [Σ_i a_i φ'_i(t,z) α_in] x_n; also its first term.</summary>
    private static (Rational[] Total, Rational[] InitialTerm) Decomposition(
        TwoLayerNetwork<Rational> initial, TwoLayerNetwork<Rational> trained, Rational[,] alpha, Rational[][] inputs, Rational[] z)
    {
        var initialTerm = new Rational[z.Length];
        var total = new Rational[z.Length];
        for (int i = 0; i < trained.Width; i++)
        {
            var c = trained.Readout[i] * R.ActivationDerivative(trained, i, z);
            for (int j = 0; j < z.Length; j++) initialTerm[j] += c * initial.Weights[i, j];
            for (int n = 0; n < inputs.Length; n++)
                for (int j = 0; j < z.Length; j++) total[j] += c * alpha[i, n] * inputs[n][j];
        }
        for (int j = 0; j < z.Length; j++) total[j] += initialTerm[j];
        return (total, initialTerm);
    }

    private static (TwoLayerNetwork<Rational> Initial, TwoLayerNetwork<Rational> Trained, Rational[,] Alpha) TrainWithCoefficients(ExactInstance x)
    {
        var initial = x.InitialF();
        var trajectory = R.Trajectory(initial, x.Inputs, x.Labels, x.LearningRate, x.Momentum, x.Steps);
        return (initial, trajectory[^1], R.SpanCoefficients(trajectory, x.Inputs, x.Labels, x.LearningRate, x.Momentum));
    }

    private static CaseVerdict DecompositionVerdict(ExactInstance x)
    {
        var (initial, trained, alpha) = TrainWithCoefficients(x);
        foreach (var z in x.TestPoints)
        {
            var library = trained.InputGradient(z);
            var reference = R.Gradient(trained, z);
            var (decomposed, _) = Decomposition(initial, trained, alpha, x.Inputs, z);
            if (!library.SequenceEqual(reference))
                return CaseVerdict.Always(false, $"library ∇f_t(z) = {R.Show(library)}, Σ_i a_i φ'_i w_i = {R.Show(reference)} at z = {R.Show(z)}");
            if (!reference.SequenceEqual(decomposed))
                return CaseVerdict.Always(false, $"∇f_t(z) = {R.Show(reference)} but the E2 decomposition gives {R.Show(decomposed)} at z = {R.Show(z)}");
        }
        return CaseVerdict.Always(true, "E2 holds");
    }

    private static bool PairsSharePatterns(TwoLayerNetwork<Rational> net, Rational[] z)
    {
        var pattern = R.Pattern(net, z);
        for (int i = 0; i + 1 < pattern.Length; i += 2) if (pattern[i] != pattern[i + 1]) return false;
        return true;
    }

    /// <summary>
    /// ∇f_t(z) ∈ span(X) at the test points. With <paramref name="symmetric"/> (the theorem): at every point where the
    /// pairs share their patterns the initial-weight term must vanish (checked in every case), and membership is
    /// decided only when rank X &lt; d (otherwise span(X) = R^d and membership says nothing: the case counts as not
    /// meeting the precondition). Without it (the false statement), only X with a non-zero sample is used, so a
    /// refutation shows a gradient leaving a non-trivial span rather than the gradient of a network trained on zeros.
    /// </summary>
    private static CaseVerdict SpanMembershipVerdict(ExactInstance x, bool symmetric)
    {
        int rank = R.Rank(x.Inputs);
        if (!symmetric && rank == 0) return CaseVerdict.Vacuous("X = 0: span(X) = {0}");
        var (initial, trained, alpha) = TrainWithCoefficients(x);
        int checkedPoints = 0;
        foreach (var z in x.TestPoints)
        {
            if (symmetric && !PairsSharePatterns(trained, z)) continue;
            checkedPoints++;
            var gradient = trained.InputGradient(z);
            if (symmetric)
            {
                var (_, initialTerm) = Decomposition(initial, trained, alpha, x.Inputs, z);
                if (initialTerm.Any(v => !v.IsZero))
                    return new CaseVerdict(true, false, $"pairs share patterns at z = {R.Show(z)} but the initial-weight term is {R.Show(initialTerm)}");
            }
            if (!R.InSpan(x.Inputs, gradient))
                return new CaseVerdict(true, false,
                    $"∇f_t(z) = {R.Show(gradient)} at z = {R.Show(z)} is not in span(X) (rank X = {rank}, d = {x.Dimension})");
        }
        if (checkedPoints == 0) return CaseVerdict.Vacuous("no test point with shared pair patterns");
        if (symmetric && rank == x.Dimension) return CaseVerdict.Vacuous($"rank X = d = {rank}: every vector is in span(X); initial-weight term 0 at {checkedPoints} points");
        return new CaseVerdict(true, true, $"in span at {checkedPoints} points (rank X = {rank}, d = {x.Dimension})");
    }

    private static CaseVerdict LazyVerdict(ExactInstance x, bool requireNoFlip)
    {
        var initial = x.InitialF();
        var result = TrainF(x, monitored: x.TestMatrix);
        var trajectory = R.Trajectory(initial, x.Inputs, x.Labels, x.LearningRate, x.Momentum, x.Steps);
        bool frozen = R.PatternsFrozen(trajectory, x.Inputs.Concat(x.TestPoints));
        if (requireNoFlip)
        {
            if ((result.EverFlipped == 0) != frozen)
                return new CaseVerdict(frozen, false, $"the library counts {result.EverFlipped} flipped patterns, the step-by-step check says frozen = {frozen}");
            if (!frozen) return CaseVerdict.Vacuous($"{result.EverFlipped} patterns flipped");
        }
        var t = R.TrainingTime(x.LearningRate, x.Momentum, x.Steps);
        if (result.TrainingTime != t) return CaseVerdict.Always(false, $"training time {result.TrainingTime}, expected η Σ_s (1-β^s)/(1-β) = {t}");
        var net = result.Network;
        var points = requireNoFlip ? x.TestPoints : x.Inputs.Concat(x.TestPoints).ToArray();
        foreach (var z in points)
        {
            var actual = R.Output(net, z);
            if (!requireNoFlip && actual.IsZero) continue;
            var closedForm = R.LazyOutput(initial, x.Inputs, x.Labels, t, z);
            if (actual != closedForm)
                return CaseVerdict.Always(false, $"f_t(z) = {actual} but E3 gives {closedForm} at z = {R.Show(z)} (t = {t}, frozen = {frozen})");
            if (!requireNoFlip) continue;
            if (net.Output(z) != actual) return CaseVerdict.Always(false, $"library f_t(z) = {net.Output(z)}, Σ_i a_i φ(⟨w_i,z⟩+b_i) = {actual}");
            var library = LazyClosedForm<Rational>.Output(initial, x.InputMatrix, x.Labels, t, z);
            if (library != closedForm) return CaseVerdict.Always(false, $"LazyClosedForm.Output = {library}, E3 = {closedForm} at z = {R.Show(z)}");
            var gradient = R.Gradient(net, z);
            var gradientClosedForm = R.LazyGradient(initial, x.Inputs, x.Labels, t, z);
            if (!gradient.SequenceEqual(gradientClosedForm))
                return CaseVerdict.Always(false, $"∇f_t(z) = {R.Show(gradient)} but E3 gives {R.Show(gradientClosedForm)} at z = {R.Show(z)}");
            var libraryGradient = LazyClosedForm<Rational>.InputGradient(initial, x.InputMatrix, x.Labels, t, z);
            if (!libraryGradient.SequenceEqual(gradientClosedForm))
                return CaseVerdict.Always(false, $"LazyClosedForm.InputGradient = {R.Show(libraryGradient)}, E3 = {R.Show(gradientClosedForm)}");
        }
        return new CaseVerdict(frozen, true, "E3 holds");
    }

    private static CaseVerdict PerturbationVerdict(ExactInstance x)
    {
        var config = x.ToConfig();
        var run = PerturbationLearning.Execute(config, x.InputMatrix, x.Labels, x.TestMatrix, monitorTestPatterns: true);
        int n = x.Samples;
        var f = run.F.Network;
        var u = new Rational[n][];
        var r = new Rational[n][];
        var normalisers = new Rational[n];
        for (int k = 0; k < n; k++)
        {
            u[k] = R.Gradient(f, x.Inputs[k]);
            if (!run.Gradients.RowArray(k).SequenceEqual(u[k]))
                return CaseVerdict.Always(false, $"u_{k} = {R.Show(run.Gradients.RowArray(k))} but ∇f_t(x_{k}) = {R.Show(u[k])}");
            normalisers[k] = u[k].All(v => v.IsZero) ? Rational.One : u[k].Max(Rational.Abs);
            r[k] = u[k].Select(v => x.Epsilon * run.Targets[k] * v / normalisers[k]).ToArray();
            if (!run.Perturbations.RowArray(k).SequenceEqual(r[k]) || !run.AdversarialInputs.RowArray(k).SequenceEqual(r[k]))
                return CaseVerdict.Always(false, $"r_{k} = {R.Show(run.Perturbations.RowArray(k))}, expected ε y^adv u/||u||_∞ = {R.Show(r[k])}");
        }
        var rMatrix = Matrix<Rational>.FromRows(r);
        var trajectoryG = R.Trajectory(run.InitialG, r, run.Targets, x.LearningRate, x.Momentum, x.StepsG);
        if (!R.PatternsFrozen(trajectoryG, r.Concat(x.TestPoints))) return CaseVerdict.Vacuous("a pattern of g flipped");
        var trajectoryF = R.Trajectory(run.InitialF, x.Inputs, x.Labels, x.LearningRate, x.Momentum, x.Steps);
        bool fFrozen = R.PatternsFrozen(trajectoryF, x.Inputs);

        var tG = R.TrainingTime(x.LearningRate, x.Momentum, x.StepsG);
        var tF = R.TrainingTime(x.LearningRate, x.Momentum, x.Steps);
        if (run.G.TrainingTime != tG) return CaseVerdict.Always(false, $"t_g = {run.G.TrainingTime}, expected {tG}");
        foreach (var z in x.TestPoints)
        {
            var actual = R.Output(run.G.Network, z);
            var closedForm = R.PerturbationLearningOutput(run.InitialG, r, u, normalisers, run.Targets, x.Epsilon, tG, z);
            if (actual != closedForm)
                return CaseVerdict.Always(false, $"g_t(z) = {actual} but E4 gives {closedForm} at z = {R.Show(z)} (targets {string.Join(" ", run.Targets)})");
            var library = LazyClosedForm<Rational>.PerturbationLearningOutput(run.InitialG, rMatrix, Matrix<Rational>.FromRows(u), normalisers,
                run.Targets, x.Epsilon, tG, z);
            if (library != closedForm) return CaseVerdict.Always(false, $"LazyClosedForm.PerturbationLearningOutput = {library}, E4 = {closedForm}");
            if (!fFrozen) continue;
            for (int k = 0; k < n; k++)
            {
                Rational projection = R.Dot(R.Gradient(run.InitialF, x.Inputs[k]), z);
                for (int q = 0; q < n; q++)
                    projection += tF * x.Labels[q] * R.Kernel(run.InitialF, x.Inputs[q], x.Inputs[k]) * R.Dot(x.Inputs[q], z) / n;
                if (R.Dot(u[k], z) != projection)
                    return CaseVerdict.Always(false, $"⟨u_{k}, z⟩ = {R.Dot(u[k], z)} but E3 substituted gives {projection} at z = {R.Show(z)}");
                var libraryProjection = LazyClosedForm<Rational>.GradientProjection(run.InitialF, x.InputMatrix, x.Labels, tF, k, z);
                if (libraryProjection != projection)
                    return CaseVerdict.Always(false, $"LazyClosedForm.GradientProjection = {libraryProjection}, expected {projection}");
            }
        }
        return CaseVerdict.Always(true, fFrozen ? "E4 and the E3 substitution hold" : "E4 holds (f flipped: substitution not claimed)");
    }
}
