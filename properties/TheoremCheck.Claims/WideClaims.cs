using System.Globalization;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Claims;

/// <summary>
/// The limit claims (THEORY §4, C1, C2) on double-precision instances. Φ, v_n, f̂, ĝ_n, the cosine and the C2
/// conditions come from <see cref="LimitReference"/> and <see cref="ConditionReference"/>, never from the library; the
/// library's versions are compared with them within derived rounding bounds. Bounds that involve randomness are sound
/// inequalities at a stated confidence, each derived next to its claim.
/// </summary>
public static class WideClaims
{
    /// <summary>Failure probability allowed per case of the kernel claim, all its comparisons together (union bound).</summary>
    public const double KernelConfidence = 1e-6;
    /// <summary>Monte Carlo draws per Φ estimate.</summary>
    public const int MonteCarloSamples = 8192;
    /// <summary>
    /// |Φ by quadrature - Φ by the closed form| allowed beyond rounding. The adaptive 61-point Gauss-Kronrod rule is
    /// asked for a relative error of 10⁻¹³ on integrands that are analytic on each piece (the jump of φ' at 0 and the
    /// steep layer near it are integrated separately); 10⁻⁹ leaves four orders of magnitude for its error estimate to be
    /// wrong, and is still ten million times smaller than the change of a wrong factor (1-γ) for (1-γ)².
    /// </summary>
    public const double QuadratureTolerance = 1e-9;

    public static readonly WideRanges PhiRanges = new(
        MinDim: 1, MaxDim: 64, MinSamples: 1, MaxSamples: 6, MinWidth: 1, MaxWidth: 1, MinSteps: 0, MaxSteps: 0,
        TestPoints: 4, LearningRates: [1], Epsilons: [1], Slopes: [0, 0.25, 0.5, 0.9]);

    /// <summary>Small pipelines: the library's limit objects and metrics against the reference.</summary>
    public static readonly WideRanges ObjectRanges = new(
        MinDim: 1, MaxDim: 24, MinSamples: 1, MaxSamples: 16, MinWidth: 2, MaxWidth: 128, MinSteps: 1, MaxSteps: 16,
        TestPoints: 8, LearningRates: [0.5, 1], Epsilons: [0.01, 0.1, 1], Slopes: [0, 0.25, 0.5]);

    /// <summary>Widths from the smallest at which the kernel bound is at most half the range of Φ (see <see cref="KernelMinimumWidth"/>).</summary>
    public static readonly WideRanges KernelRanges = new(
        MinDim: 1, MaxDim: 64, MinSamples: 1, MaxSamples: 4, MinWidth: 16, MaxWidth: 65536, MinSteps: 0, MaxSteps: 0,
        TestPoints: 2, LearningRates: [1], Epsilons: [1], Slopes: [0, 0.25, 0.5])
    {
        WidthFloor = x => KernelMinimumWidth(x.Slope, x.Samples * x.TestPoints),
    };

    /// <summary>
    /// C1: wide against d and N, long enough that t_f ||v_n|| outgrows the initial gradient. These sizes make the bound
    /// decide (δ_n &lt; 1) in most cases; the bound itself is derived in <see cref="DirectionBound"/>, not tuned.
    /// </summary>
    public static readonly WideRanges DirectionRanges = new(
        MinDim: 2, MaxDim: 16, MinSamples: 2, MaxSamples: 8, MinWidth: 4096, MaxWidth: 16384, MinSteps: 16, MaxSteps: 48,
        TestPoints: 1, LearningRates: [0.5, 1], Epsilons: [0.5, 1, 2], Slopes: [0, 0.25, 0.5])
    {
        MinStepsG = 0, MaxStepsG = 0,
    };

    /// <summary>
    /// C2 needs the wide, long-trained regime with ε large enough that the bias term B_g/ε does not swamp ĝ_n (THEORY §5).
    /// With ε ∈ {1, 2} and N ≤ 16 the conditions hold at some test point in about 60 % of the cases (46 % with ε from 0.5
    /// and N up to 32, where a seed could fall under the 30 % a claim needs to be more than vacuous).
    /// </summary>
    public static readonly WideRanges LazyRanges = new(
        MinDim: 8, MaxDim: 64, MinSamples: 4, MaxSamples: 16, MinWidth: 512, MaxWidth: 2048, MinSteps: 16, MaxSteps: 64,
        TestPoints: 16, LearningRates: [0.5, 1], Epsilons: [1, 2], Slopes: [0, 0.25, 0.5]);

    /// <summary>Everything from one sample and a single neuron to wide long-trained networks: where the unconditioned claims break.</summary>
    public static readonly WideRanges AnyRanges = new(
        MinDim: 1, MaxDim: 64, MinSamples: 1, MaxSamples: 32, MinWidth: 1, MaxWidth: 2048, MinSteps: 1, MaxSteps: 64,
        TestPoints: 16, LearningRates: [0.5, 1], Epsilons: [0.01, 0.1, 1], Slopes: [0, 0.25, 0.5]);

    public static readonly Claim<WideInstance> PhiClosedForm = new()
    {
        Name = "Phi-closed-form",
        Section = "THEORY §4",
        Statement = "Φ(x,z) = E[φ'(⟨w,x⟩+b) φ'(⟨w,z⟩+b)] equals (1+γ)²/4 + (1-γ)² arcsin(ρ)/(2π): the library's Φ, its Gram and cross " +
                    "matrices and the reference's orthant form γ + (1-γ)² (1/2 - arccos(ρ)/(2π)) agree with the 2-D Gaussian integral " +
                    $"(Gauss-Kronrod, within {QuadratureTolerance:G}) and with each other within their rounding bounds, and γ ≤ Φ ≤ (1+γ²)/2",
        Precondition = "none",
        Instances = scale => WideGenerators.Instances(PhiRanges, scale),
        Evaluate = PhiVerdict,
        Cases = 40,
    };

    public static readonly Claim<WideInstance> LimitObjects = new()
    {
        Name = "limit-objects",
        Section = "THEORY §2, §4",
        Statement = "the library's v_n, direction_n, f̂, ĝ, ĝ_n, |cos(r_n, v_n)|, cossim, accuracy and agreement (sgn 0 = 0) equal " +
                    "the reference formulas within their rounding bounds, on the runs of small pipelines",
        Precondition = "none",
        Instances = scale => WideGenerators.Instances(ObjectRanges, scale),
        Evaluate = LimitObjectsVerdict,
        Cases = 40,
    };

    public static readonly Claim<WideInstance> KernelConcentration = new()
    {
        Name = "kernel-concentration",
        Section = "THEORY §4",
        Statement = "for the pairs (x_n, z_k) of a case: |K(x,z) - Φ(x,z)| ≤ 2√(c/m) + 2c/m + (1-γ²)√(c/2m) and " +
                    $"|Φ_MC(x,z) - Φ(x,z)| ≤ (1-γ²)√(c'/2S), c = ln(4P/δ), c' = ln(4P/δ), P pairs, δ = {KernelConfidence:G} per case " +
                    $"(Laurent-Massart for the χ² readout, Hoeffding for the bounded φ'φ'), S = {MonteCarloSamples} draws, m from the " +
                    "width where the bound is half the range (1-γ)²/2 of Φ up to 65536·scale",
        Precondition = "none",
        Instances = scale => WideGenerators.Instances(KernelRanges, scale),
        Evaluate = KernelVerdict,
        Cases = 30,
    };

    public static readonly Claim<WideInstance> Direction = new()
    {
        Name = "C1-direction",
        Section = "THEORY §1 C1, §3 E3, §4",
        Statement = "for every training sample with δ_n < 1, y^adv_n cos(r_n, v_n) ≥ √(1 - δ_n²), where δ_n t_f ||v_n|| = Ĝ_n + t_f Ê_n + ||F_n|| " +
                    "bounds ||u_n - t_f v_n||: Ĝ_n the initial gradient ∇f_0 (Laurent-Massart), Ê_n the finite-width kernel error K - Φ " +
                    $"(Laurent-Massart and Pinelis-Bernstein), F_n the measured flip term, confidence 1 - {DirectionBound.Confidence:G} per case; " +
                    "also: neurons whose E3 path cannot flip follow E3 to rounding, and r_n = ε y^adv_n u_n/||u_n||",
        Precondition = "some sample has δ_n < 1",
        Instances = scale => WideGenerators.Instances(DirectionRanges, scale),
        Evaluate = DirectionVerdict,
        Cases = 40,
    };

    public static readonly Claim<WideInstance> PredictionMatchingClaim = new()
    {
        Name = "C2-prediction-matching",
        Section = "THEORY §5 C2",
        Statement = "sgn f(z) = sgn g(z) at every test point z where (a) ∧ (b) ∧ (c) hold beyond rounding, with ConditionConstants.Default " +
                    $"(c_0 = {ConditionConstants.Default.InitialOutput}, c_w = {ConditionConstants.Default.KernelWidth}, c_d = {ConditionConstants.Default.Direction}), " +
                    "conditions computed by the reference (the library's agree with them within rounding); a disagreement counts only " +
                    "when f and g have strictly opposite signs above their rounding floors",
        Precondition = "some test point meets (a) ∧ (b) ∧ (c)",
        Instances = scale => WideGenerators.Instances(LazyRanges, scale),
        Evaluate = x => PredictionMatchingVerdict(x, ConditionConstants.Default, conditioned: true, compareLibrary: true),
        Cases = 60,
    };

    public static readonly Claim<WideInstance> SignAgreementEverywhere = new()
    {
        Name = "sign-agreement-unconditional",
        Section = "THEORY §1, §5",
        Kind = ClaimKind.FalseStatement,
        Statement = "sgn f(z) = sgn g(z) at every test point, with no conditions: false (small width, short training, small ε); " +
                    "refuted only by strictly opposite signs above the rounding floors of f and g",
        Precondition = "none",
        Instances = scale => WideGenerators.Instances(AnyRanges, scale),
        Evaluate = x => PredictionMatchingVerdict(x, ConditionConstants.Zero, conditioned: false, compareLibrary: false),
        Cases = 30,
        ShrinkBound = new InstanceSize(2, 2, 2),
    };

    public static readonly Claim<WideInstance> PredictionMatchingZeroConstants = new()
    {
        Name = "C2-zero-constants",
        Section = "THEORY §5 C2",
        Kind = ClaimKind.FalseStatement,
        Statement = "C2 with c_0 = c_w = c_d = 0 (only the bias terms left in the margins): false, the error terms are needed; " +
                    "refuted only by strictly opposite signs above the rounding floors of f and g",
        Precondition = "some test point meets (a) ∧ (b) ∧ (c)",
        Instances = scale => WideGenerators.Instances(AnyRanges, scale),
        Evaluate = x => PredictionMatchingVerdict(x, ConditionConstants.Zero, conditioned: true, compareLibrary: false),
        Cases = 30,
        ShrinkBound = new InstanceSize(3, 3, 3),
    };

    public static IReadOnlyList<Claim> All { get; } =
        [PhiClosedForm, LimitObjects, KernelConcentration, Direction, PredictionMatchingClaim, SignAgreementEverywhere, PredictionMatchingZeroConstants];

    /// <summary>
    /// Bound on |K(x,z) - Φ(x,z)| for one pair at confidence 1 - δ' with c = ln(4/δ'). K - Φ =
    /// (1/m) Σ_i (z_i² - 1) X_i + [(1/m) Σ_i X_i - Φ], X_i = φ'_i(x) φ'_i(z) ∈ [γ², 1], a_i² = z_i²/m. Given the first layer,
    /// the first part is Σ λ_i (Z_i² - 1) with 0 ≤ λ_i ≤ 1/m, ||λ||₂ ≤ 1/√m: by Laurent and Massart (2000, Lemma 1) it
    /// exceeds 2√(c/m) + 2c/m in absolute value with probability at most 2e^-c. The second is a mean of m independent
    /// values in [γ², 1] with mean Φ: by Hoeffding it exceeds (1-γ²)√(c/(2m)) with probability at most 2e^-c.
    /// </summary>
    public static double KernelBound(int width, double slope, double c) =>
        2 * Math.Sqrt(c / width) + 2 * c / width + (1 - slope * slope) * Math.Sqrt(c / (2.0 * width));

    /// <summary>c for one of <paramref name="pairs"/> comparisons when the case may fail with probability <see cref="KernelConfidence"/>.</summary>
    public static double KernelLogTerm(int pairs) => Math.Log(4.0 * pairs / KernelConfidence);

    /// <summary>Hoeffding for the mean of S values of φ'φ' ∈ [γ², 1], two-sided, at the same per-pair confidence.</summary>
    public static double MonteCarloBound(int samples, double slope, int pairs) =>
        (1 - slope * slope) * Math.Sqrt(KernelLogTerm(pairs) / (2.0 * samples));

    /// <summary>The smallest width at which <see cref="KernelBound"/> is at most a quarter of (1-γ)², half the range of Φ: below it the bound decides nothing.</summary>
    public static int KernelMinimumWidth(double slope, int pairs) =>
        MinimumWidths.GetOrAdd((slope, pairs), key => SearchKernelMinimumWidth(key.Slope, key.Pairs));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double Slope, int Pairs), int> MinimumWidths = new();

    private static int SearchKernelMinimumWidth(double slope, int pairs)
    {
        double c = KernelLogTerm(pairs), target = (1 - slope) * (1 - slope) / 4;
        int width = 1;
        while (KernelBound(width, slope, c) > target) width *= 2;
        int low = width / 2;
        while (low + 1 < width)
        {
            int middle = (low + width) / 2;
            if (KernelBound(middle, slope, c) > target) low = middle; else width = middle;
        }
        return width;
    }

    private static double[][] Rows(Matrix<double> matrix) => Enumerable.Range(0, matrix.Rows).Select(matrix.RowArray).ToArray();

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>Collects comparisons |a - b| ≤ tolerance, the first that fails, and the largest ratio.</summary>
    private sealed class Comparisons
    {
        public double WorstRatio { get; private set; }
        public string? Failure { get; private set; }

        public void Add(string what, double library, double reference, double tolerance)
        {
            double gap = Math.Abs(library - reference);
            if (double.IsNaN(gap) && !(double.IsNaN(library) && double.IsNaN(reference))) gap = double.PositiveInfinity;
            if (double.IsNaN(gap)) gap = 0;
            double ratio = tolerance > 0 ? gap / tolerance : gap == 0 ? 0 : double.PositiveInfinity;
            if (double.IsPositiveInfinity(tolerance)) ratio = 0;
            WorstRatio = Math.Max(WorstRatio, ratio);
            if (ratio > 1 && Failure is null)
                Failure = $"{what}: library {library:R}, reference {reference:R}, |difference| {gap:G3} > rounding bound {tolerance:G3}";
        }

        public void Require(string what, bool holds)
        {
            if (!holds && Failure is null) Failure = what;
        }
    }

    private static CaseVerdict PhiVerdict(WideInstance x)
    {
        var data = x.CreateData();
        var train = Rows(data.Train.Inputs);
        var tests = Rows(data.Test.Inputs);
        double slope = x.Slope;
        int d = x.Dim;
        var pairs = new List<(string Name, double[] A, double[] B)>();
        for (int n = 0; n < train.Length; n++)
        {
            for (int k = 0; k < tests.Length; k++) pairs.Add(($"(x_{n}, z_{k})", train[n], tests[k]));
            for (int k = 0; k < train.Length; k++) pairs.Add(($"(x_{n}, x_{k})", train[n], train[k]));
            pairs.Add(($"(x_{n}, -x_{n})", train[n], train[n].Select(v => -v).ToArray()));
            pairs.Add(($"(x_{n}, 3 x_{n})", train[n], train[n].Select(v => 3 * v).ToArray()));
            // One unit in the last place apart: ρ is 1 up to rounding and can round above 1, where arcsin needs the clamp.
            pairs.Add(($"(x_{n}, x_{n} + ulp)", train[n], train[n].Select((v, j) => j % 2 == 0 ? Math.BitIncrement(v) : v).ToArray()));
            pairs.Add(($"(x_{n}, x_{n} - ulp)", train[n], train[n].Select((v, j) => j % 2 == 1 ? Math.BitDecrement(v) : v).ToArray()));
        }
        var check = new Comparisons();
        double worstQuadrature = 0;
        foreach (var (name, a, b) in pairs)
        {
            var (phi, error) = LimitReference.PhiWithError(a, b, slope);
            double quadrature = LimitReference.PhiByQuadrature(a, b, slope);
            worstQuadrature = Math.Max(worstQuadrature, Math.Abs(quadrature - phi));
            check.Require($"Φ{name}: quadrature {quadrature:R} against the orthant form {phi:R}, |difference| > {QuadratureTolerance:G} + rounding",
                Math.Abs(quadrature - phi) <= error + QuadratureTolerance);
            check.Add($"Φ{name}", ArcCosineKernel.Phi(a, b, slope), phi, 2 * error);
            check.Add($"ρ{name}", ArcCosineKernel.Correlation(a, b), LimitReference.Correlation(a, b), 2 * RoundingBounds.Correlation(d));
            check.Require($"Φ{name} = {phi:R} outside [γ, (1+γ²)/2]", phi >= slope - error && phi <= (1 + slope * slope) / 2 + error);
        }
        var gram = ArcCosineKernel.PhiMatrix(data.Train.Inputs, data.Train.Inputs, slope);
        var cross = ArcCosineKernel.PhiMatrix(data.Train.Inputs, data.Test.Inputs, slope);
        for (int n = 0; n < train.Length; n++)
        {
            for (int k = 0; k < train.Length; k++)
            {
                var (phi, error) = LimitReference.PhiWithError(train[n], train[k], slope);
                check.Add($"Gram Φ(x_{n}, x_{k})", gram[n, k], phi, 2 * error);
            }
            for (int k = 0; k < tests.Length; k++)
            {
                var (phi, error) = LimitReference.PhiWithError(train[n], tests[k], slope);
                check.Add($"cross Φ(x_{n}, z_{k})", cross[n, k], phi, 2 * error);
            }
        }
        return check.Failure is { } failure
            ? CaseVerdict.Always(false, failure)
            : CaseVerdict.Always(true, $"{pairs.Count} pairs: max |quadrature - closed form| = {worstQuadrature:G3}; library within {check.WorstRatio:F3} of its rounding bound")
                with { Looseness = check.WorstRatio };
    }

    private static CaseVerdict LimitObjectsVerdict(WideInstance x)
    {
        var data = x.CreateData();
        PerturbationLearningRun<double> run;
        try { run = PerturbationLearning.Execute(x.ToConfig(), data.Train.Inputs, data.Train.Labels, data.Test.Inputs); }
        catch (TrainingDivergedException e) { return CaseVerdict.Vacuous(e.Message); }
        var inputs = Rows(run.Inputs);
        var perturbations = Rows(run.Perturbations);
        var tests = Rows(run.TestInputs);
        var reference = new LimitReference(inputs, run.Labels, x.Slope);
        var library = new LimitFunctions(run.Inputs, run.Labels, x.Slope);
        var features = LimitFunctions.ClassFeatures(run.Inputs, run.Labels, x.Slope);
        var check = new Comparisons();
        for (int n = 0; n < inputs.Length; n++)
        {
            var v = reference.ClassFeature(n);
            var error = reference.ClassFeatureError(n);
            double norm = reference.ClassFeatureNorm(n), normError = reference.ClassFeatureNormError(n);
            var direction = library.Direction(n);
            // A direction moves by at most 2||Δv||/||v|| when v moves by Δv (each side), plus its own rounding.
            double directionError = norm > normError ? 4 * LimitReference.Norm(error) / norm + RoundingBounds.Gamma(x.Dim + 4) : double.PositiveInfinity;
            for (int j = 0; j < v.Length; j++)
            {
                check.Add($"v_{n}[{j}]", library.ClassFeature(n)[j], v[j], 2 * error[j]);
                check.Add($"ClassFeatures[{n}, {j}]", features[n, j], v[j], 2 * error[j]);
                check.Add($"direction_{n}[{j}]", direction[j], norm == 0 ? 0 : v[j] / norm, directionError);
            }
            var (cosine, cosineError) = reference.AbsoluteCosine(n, perturbations[n]);
            check.Add($"|cos(r_{n}, v_{n})|", library.AbsoluteCosine(n, perturbations[n]), cosine, 2 * cosineError);
            check.Add($"cos(r_{n}, v_{n})", Math.Abs(LimitFunctions.Cosine(perturbations[n], v)), cosine, 2 * cosineError);
        }
        foreach (var (z, name) in tests.Select((z, k) => (z, $"z_{k}")).Concat(inputs.Take(2).Select((z, k) => (z, $"x_{k}"))))
        {
            var (fHat, fError) = reference.FHat(z);
            check.Add($"f̂({name})", library.FHat(z), fHat, 2 * fError);
            var (gHat, gError) = reference.GHat(perturbations, z, normalised: false);
            check.Add($"ĝ({name})", library.GHat(run.Perturbations, z), gHat, 2 * gError);
            var (gHatN, gNError) = reference.GHat(perturbations, z, normalised: true);
            check.Add($"ĝ_n({name})", library.GHatNormalised(run.Perturbations, z), gHatN, 2 * gNError);
        }
        var (cossim, cossimError) = reference.CosineSimilarity(perturbations);
        check.Add("cossim", Metrics.CosineSimilarity(run.Inputs, run.Labels, run.Perturbations, x.Slope), cossim, 2 * cossimError);

        // Accuracy and agreement from the library's outputs with sgn 0 = 0, also on copies with some outputs set to 0.
        var f = run.F.Network.Outputs(run.Inputs);
        var g = run.G.Network.Outputs(run.Inputs);
        var fTest = run.F.Network.Outputs(run.TestInputs);
        var gTest = run.G.Network.Outputs(run.TestInputs);
        var measured = Metrics.Measure(run, x.Slope);
        check.Add("acc_f", measured.AccF.Share, Accuracy(f, run.Labels), 0);
        check.Add("acc_g", measured.AccG.Share, Accuracy(g, run.Labels), 0);
        check.Add("agreement", measured.Agreement.Share, Agreement(fTest, gTest), 0);
        check.Require($"acc_f counts {measured.AccF} of {f.Length} points", measured.AccF.Total == f.Length && measured.AccG.Total == g.Length);
        check.Require($"agreement counts {measured.Agreement} of {fTest.Length} test points", measured.Agreement.Total == fTest.Length);
        check.Add("cossim of Measure", measured.CosSim, cossim, 2 * cossimError);
        var fZeroed = f.Select((v, k) => k % 3 == 0 ? 0.0 : v).ToArray();
        var gZeroed = g.Select((v, k) => k % 2 == 0 ? 0.0 : v).ToArray();
        check.Add("accuracy with zero outputs", Metrics.Accuracy(fZeroed, run.Labels), Accuracy(fZeroed, run.Labels), 0);
        check.Add("agreement with zero outputs", Metrics.Agreement(fZeroed, gZeroed), Agreement(fZeroed, gZeroed), 0);
        check.Add("agreement of zero with zero", Metrics.Agreement([0.0], [0.0]), 1, 0);
        check.Add("sgn 0", Metrics.Sign(0.0), 0, 0);
        check.Add("sgn -0", Metrics.Sign(-0.0), 0, 0);
        return check.Failure is { } failure
            ? CaseVerdict.Always(false, failure)
            : CaseVerdict.Always(true, $"every limit object and metric within {check.WorstRatio:F3} of its rounding bound") with { Looseness = check.WorstRatio };
    }

    /// <summary>Share of outputs whose sign (sgn 0 = 0) equals the label.</summary>
    private static double Accuracy(double[] outputs, int[] labels) =>
        (double)outputs.Where((v, n) => Math.Sign(v) == labels[n]).Count() / outputs.Length;

    private static double Agreement(double[] f, double[] g) => (double)f.Where((v, n) => Math.Sign(v) == Math.Sign(g[n])).Count() / f.Length;

    private static CaseVerdict KernelVerdict(WideInstance x)
    {
        var data = x.CreateData();
        var train = Rows(data.Train.Inputs);
        var tests = Rows(data.Test.Inputs);
        var network = Initialisation.Create<double>(x.Width, x.Dim, x.Slope, InitKind.Gaussian, Seeding.Stream(x.Seed, "kernel-claim"));
        var rng = Seeding.Stream(x.Seed, "kernel-claim-monte-carlo");
        int pairs = train.Length * tests.Length;
        double c = KernelLogTerm(pairs);
        double kernelBound = KernelBound(x.Width, x.Slope, c), monteCarloBound = MonteCarloBound(MonteCarloSamples, x.Slope, pairs);
        var check = new Comparisons();
        double worst = 0, worstK = 0, worstMc = 0;
        for (int n = 0; n < train.Length; n++)
            for (int k = 0; k < tests.Length; k++)
            {
                var (phi, phiError) = LimitReference.PhiWithError(train[n], tests[k], x.Slope);
                var (finite, finiteError) = FiniteWidthKernel(network, train[n], tests[k]);
                double library = ArcCosineKernel.FiniteWidth(network, train[n], tests[k]);
                check.Add($"K(x_{n}, z_{k})", library, finite, 2 * finiteError);
                double monteCarlo = ArcCosineKernel.PhiMonteCarlo(train[n], tests[k], x.Slope, MonteCarloSamples, rng);
                double gapK = Math.Abs(library - phi), gapMc = Math.Abs(monteCarlo - phi);
                worstK = Math.Max(worstK, gapK);
                worstMc = Math.Max(worstMc, gapMc);
                worst = Math.Max(worst, Math.Max(gapK / kernelBound, gapMc / monteCarloBound));
                check.Require($"|K - Φ| = |{library:G6} - {phi:G6}| > {kernelBound:G4} at m = {x.Width} (pair {n},{k})",
                    gapK <= kernelBound + phiError + finiteError);
                check.Require($"|Φ_MC - Φ| = |{monteCarlo:G6} - {phi:G6}| > {monteCarloBound:G4} with S = {MonteCarloSamples} (pair {n},{k})",
                    gapMc <= monteCarloBound + phiError + 4 * RoundingBounds.Gamma(MonteCarloSamples + x.Dim));
            }
        return check.Failure is { } failure
            ? CaseVerdict.Always(false, failure)
            : CaseVerdict.Always(true, $"max |K - Φ| = {worstK:G3} ≤ {kernelBound:G3}, max |Φ_MC - Φ| = {worstMc:G3} ≤ {monteCarloBound:G3} (m = {x.Width})")
                with { Looseness = worst };
    }

    /// <summary>K(x, z) = Σ_i a_i² φ'_i(x) φ'_i(z) in plain loops, with its rounding bound (a neuron whose preactivation is
    /// within rounding of 0 may count either way: its whole a_i² is added to the bound).</summary>
    private static (double Value, double Error) FiniteWidthKernel(TwoLayerNetwork<double> network, double[] x, double[] z)
    {
        int m = network.Width, d = network.Dimension;
        double slope = network.Slope, sum = 0, magnitude = 0, ambiguous = 0;
        for (int i = 0; i < m; i++)
        {
            double px = network.Bias[i], pz = network.Bias[i], sx = Math.Abs(network.Bias[i]), sz = sx;
            for (int j = 0; j < d; j++)
            {
                px += network.Weights[i, j] * x[j];
                pz += network.Weights[i, j] * z[j];
                sx += Math.Abs(network.Weights[i, j] * x[j]);
                sz += Math.Abs(network.Weights[i, j] * z[j]);
            }
            double a2 = network.Readout[i] * network.Readout[i];
            sum += a2 * (px >= 0 ? 1 : slope) * (pz >= 0 ? 1 : slope);
            magnitude += a2;
            if (Math.Abs(px) <= RoundingBounds.Gamma(d + 1) * sx || Math.Abs(pz) <= RoundingBounds.Gamma(d + 1) * sz) ambiguous += a2;
        }
        return (sum, RoundingBounds.Gamma(m + 4) * magnitude + ambiguous);
    }

    private static CaseVerdict DirectionVerdict(WideInstance x)
    {
        var data = x.CreateData();
        var config = x.ToStandardLearningConfig();
        PerturbationLearningRun<double> run;
        try { run = PerturbationLearning.Execute(config, data.Train.Inputs, data.Train.Labels, data.Test.Inputs); }
        catch (TrainingDivergedException e) { return CaseVerdict.Vacuous(e.Message); }
        var bound = DirectionBound.Measure(Rows(run.Inputs), run.Labels, run.InitialF, run.F.Network, x.LearningRate, x.StepsF,
            x.Epsilon, Rows(run.Perturbations), run.Targets);
        double t = bound.Time;
        if (bound.WorstE3Ratio > 1)
            return CaseVerdict.Always(false, $"E3 fails for a neuron whose patterns cannot flip: {bound.WorstE3Detail} (rounding bound exceeded {bound.WorstE3Ratio:G3} times)");
        if (bound.WorstAttackRatio > 1)
            return CaseVerdict.Always(false, $"r_n is not the L2 attack of THEORY §2: {bound.WorstAttackDetail}");
        var decided = bound.Samples.Select((s, n) => (Sample: s, Index: n)).Where(p => p.Sample.Decided(t)).ToList();
        string Terms(DirectionSample s) => $"Ĝ = {Show(s.InitialGradient)}, t_f Ê = {Show(t * s.KernelError)}, ||F|| = {Show(s.Flip)}, t_f ||v|| = {Show(s.Scale)}";
        if (decided.Count == 0)
        {
            var closest = bound.Samples.MinBy(s => s.Delta(t))!;
            return CaseVerdict.Vacuous($"δ_n ≥ 1 for every sample (smallest {Show(closest.Delta(t))}: {Terms(closest)})");
        }
        foreach (var (sample, n) in decided)
            if (!sample.Holds(t))
                return CaseVerdict.Always(false,
                    $"sample {n}: y^adv cos(r, v) = {sample.Cosine:F6} < √(1 - δ²) = {sample.CosineFloor(t):F6} with δ = {sample.Delta(t):F4} ({Terms(sample)}); " +
                    $"||u - t_f v|| = {Show(sample.Observed)}, stable neurons {bound.StableNeurons}/{x.Width}");
        var loosest = decided.MaxBy(p => p.Sample.Observed / p.Sample.Bound(t));
        double looseness = loosest.Sample.Observed / loosest.Sample.Bound(t);
        return CaseVerdict.Always(true,
            $"{decided.Count}/{bound.Samples.Length} samples decided; smallest y^adv cos(r, v) - √(1 - δ²) = " +
            $"{decided.Min(p => p.Sample.Cosine - p.Sample.CosineFloor(t)):F4}; ||u - t_f v|| / bound ≤ {looseness:F3} " +
            $"(sample {loosest.Index}: {Terms(loosest.Sample)}); stable neurons {bound.StableNeurons}/{x.Width}")
            with { Looseness = looseness };
    }

    /// <summary>
    /// Signs of f and g at the test points (where the reference's conditions (a) ∧ (b) ∧ (c) hold beyond rounding, when
    /// <paramref name="conditioned"/>), with the library's outputs and conditions compared with the reference when
    /// <paramref name="compareLibrary"/>. A disagreement needs strictly opposite signs with |f| and |g| above their
    /// rounding floors (<see cref="NetworkReference.Output"/>); smaller outputs are reported as vanished.
    /// </summary>
    public static CaseVerdict PredictionMatchingVerdict(WideInstance x, ConditionConstants constants, bool conditioned, bool compareLibrary)
    {
        var data = x.CreateData();
        var config = x.ToConfig();
        PerturbationLearningRun<double> run;
        try { run = PerturbationLearning.Execute(config, data.Train.Inputs, data.Train.Labels, data.Test.Inputs); }
        catch (TrainingDivergedException e) { return CaseVerdict.Vacuous(e.Message); }
        var inputs = Rows(run.Inputs);
        var tests = Rows(run.TestInputs);
        var check = new Comparisons();
        var fLibrary = run.F.Network.Outputs(run.TestInputs);
        var gLibrary = run.G.Network.Outputs(run.TestInputs);
        ConditionReference? reference = null;
        PredictionMatching? library = null;
        if (conditioned)
        {
            var limit = new LimitReference(inputs, run.Labels, x.Slope);
            var gradients = inputs.Select(xn => NetworkReference.Gradient(run.F.Network, xn)).ToArray();
            reference = new ConditionReference(limit, inputs, run.Labels, Rows(run.Perturbations),
                gradients.Select(p => p.Value).ToArray(), gradients.Select(p => p.Error).ToArray(), run.Targets,
                x.Slope, x.Width, x.TimeF, x.TimeG, x.Epsilon, constants);
            if (compareLibrary) library = RunConditions.For(run, config, constants);
        }
        int met = 0, vanished = 0;
        double loosenessF = 0, loosenessG = 0;
        string? disagreement = null;
        for (int k = 0; k < tests.Length; k++)
        {
            var (f, fFloor) = NetworkReference.Output(run.F.Network, tests[k]);
            var (g, gFloor) = NetworkReference.Output(run.G.Network, tests[k]);
            if (compareLibrary)
            {
                check.Add($"f(z_{k})", fLibrary[k], f, 2 * fFloor);
                check.Add($"g(z_{k})", gLibrary[k], g, 2 * gFloor);
            }
            ConditionValues? values = reference?.Evaluate(tests[k]);
            if (values is not null && library is not null)
            {
                var report = library.Evaluate(tests[k]);
                check.Add($"f̂(z_{k})", report.FHat, values.FHat, 2 * values.FHatError);
                check.Add($"ĝ_n(z_{k})", report.GHat, values.GHat, 2 * values.GHatError);
                check.Add($"threshold (a) at z_{k}", report.ThresholdF, values.ThresholdF, 2 * values.ThresholdFError);
                check.Add($"threshold (b) at z_{k}", report.ThresholdG, values.ThresholdG, 2 * values.ThresholdGError);
                check.Require($"(a) at z_{k}: library {report.MarginF}, reference {values.MarginF}", values.MarginF is not { } a || a == report.MarginF);
                check.Require($"(b) at z_{k}: library {report.MarginG}, reference {values.MarginG}", values.MarginG is not { } b || b == report.MarginG);
                check.Require($"(c) at z_{k}: library {report.Agreement}, reference {values.Agreement}", values.Agreement is not { } c || c == report.Agreement);
                check.Require($"(a) ∧ (b) ∧ (c) at z_{k}: library {report.All}, reference {values.Met}", !values.Met || report.All);
                // THEORY §5 at the edges: the margins are strict, and sgn 0 = 0 agrees with no nonzero sign.
                check.Require($"(a) holds with |f̂| equal to its threshold at z_{k}", !(report with { FHat = report.ThresholdF }).MarginF);
                check.Require($"(b) holds with |ĝ_n| equal to its threshold at z_{k}", !(report with { GHat = -report.ThresholdG }).MarginG);
                check.Require($"(c) holds with f̂ = 0 and ĝ_n = {report.GHat:G3} at z_{k}", report.GHat == 0 || !(report with { FHat = 0 }).Agreement);
                check.Require($"(c) holds with f̂ = {report.FHat:G3} and ĝ_n = 0 at z_{k}", report.FHat == 0 || !(report with { GHat = 0 }).Agreement);
            }
            if (conditioned && values is not { Met: true }) continue;
            met++;
            if (values is not null)
            {
                loosenessF = Math.Max(loosenessF, Math.Abs(f / x.TimeF - values.FHat) / values.ThresholdF);
                loosenessG = Math.Max(loosenessG, Math.Abs(g / (x.TimeG * x.Epsilon) - values.GHat) / values.ThresholdG);
            }
            if (Math.Abs(f) <= fFloor || Math.Abs(g) <= gFloor) { vanished++; continue; }
            if (Math.Sign(f) != Math.Sign(g) && disagreement is null)
                disagreement = $"test point {k}: f = {Show(f)} (floor {fFloor:G2}), g = {Show(g)} (floor {gFloor:G2})" +
                    (values is null ? "" : $"; f̂ = {Show(values.FHat)} (threshold {Show(values.ThresholdF)}), ĝ_n = {Show(values.GHat)} (threshold {Show(values.ThresholdG)})") +
                    $"; flipped share f {run.F.FlippedShare:F3}, g {run.G.FlippedShare:F3}";
        }
        if (check.Failure is { } failure) return CaseVerdict.Always(false, failure);
        string vanishedNote = vanished == 0 ? "" : $"; f or g vanished (|output| at most its rounding floor) at {vanished} of them, not counted";
        if (disagreement is not null) return new CaseVerdict(true, false, disagreement + vanishedNote);
        if (met == 0) return CaseVerdict.Vacuous("no test point meets (a) ∧ (b) ∧ (c)");
        string errors = conditioned
            ? string.Create(CultureInfo.InvariantCulture, $"; there |f/t_f - f̂| ≤ {loosenessF:F3} threshold (a), |g/(t_g ε) - ĝ_n| ≤ {loosenessG:F3} threshold (b)")
            : "";
        var verdict = new CaseVerdict(true, true, $"signs agree at the {met} test points{(conditioned ? " meeting (a) ∧ (b) ∧ (c)" : "")}{errors}{vanishedNote}");
        // The thresholds of the stated constants are meant to bound the errors of f_t/t_f ≈ f̂ and g_t/(t_g ε) ≈ ĝ_n: report how tightly.
        return compareLibrary ? verdict with { Looseness = Math.Max(loosenessF, loosenessG) } : verdict;
    }
}
