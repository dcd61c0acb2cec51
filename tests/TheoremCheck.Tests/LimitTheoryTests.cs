using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;
using TheoremCheck.Training;

namespace TheoremCheck.Tests;

/// <summary>THEORY §4-§5 objects against the formulas written out with plain loops.</summary>
public class LimitTheoryTests
{
    private const double Slope = 0.25;
    private static readonly Matrix<double> X = TestNetworks.RandomMatrix(5, 4, seed: 31);
    private static readonly int[] Y = [1, -1, 1, 1, -1];
    private static readonly Matrix<double> R = TestNetworks.RandomMatrix(5, 4, seed: 32, scale: 0.1);
    private static readonly Matrix<double> U = TestNetworks.RandomMatrix(5, 4, seed: 33);
    private static readonly int[] Targets = [1, 1, -1, 1, -1];
    private static readonly double[] Z = TestNetworks.RandomMatrix(1, 4, seed: 34).RowArray(0);

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++) s += a[j] * b[j];
        return s;
    }

    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));

    private static double PhiByFormula(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        double d = x.Length;
        double rho = (Dot(x, z) / d + 1) / Math.Sqrt((Dot(x, x) / d + 1) * (Dot(z, z) / d + 1));
        return (1 + Slope) * (1 + Slope) / 4 + (1 - Slope) * (1 - Slope) * Math.Asin(rho) / (2 * Math.PI);
    }

    private static double[] ClassFeature(int n)
    {
        var v = new double[X.Cols];
        for (int k = 0; k < X.Rows; k++)
            for (int j = 0; j < X.Cols; j++) v[j] += Y[k] * PhiByFormula(X.Row(k), X.Row(n)) * X[k, j] / X.Rows;
        return v;
    }

    [Fact]
    public void Class_features_and_C1_direction_follow_the_formula()
    {
        var limits = new LimitFunctions(X, Y, Slope);
        for (int n = 0; n < X.Rows; n++)
        {
            var v = ClassFeature(n);
            for (int j = 0; j < v.Length; j++) Assert.Equal(v[j], limits.ClassFeature(n)[j], 12);
            var direction = limits.Direction(n);
            for (int j = 0; j < v.Length; j++) Assert.Equal(v[j] / Norm(v), direction[j], 12);
            Assert.Equal(1.0, limits.AbsoluteCosine(n, v.Select(c => -2 * c).ToArray()), 12);
        }
    }

    [Fact]
    public void Gram_matrix_of_phi_is_exact_on_its_diagonal_and_matches_pairwise_phi()
    {
        var points = TestNetworks.RandomMatrix(40, 30, seed: 35, scale: 3);
        var gram = ArcCosineKernel.PhiMatrix(points, points, Slope);
        for (int p = 0; p < points.Rows; p++)
        {
            // ρ(x, x) = 1 exactly; an off-by-one-ulp ρ would put Φ off by about 1e-9 (arcsin' is infinite at 1).
            Assert.Equal((1 + Slope * Slope) / 2, gram[p, p], 15);
            for (int q = 0; q < points.Rows; q++) Assert.Equal(ArcCosineKernel.Phi(points.Row(p), points.Row(q), Slope), gram[p, q], 12);
        }
        var other = ArcCosineKernel.PhiMatrix(points, TestNetworks.RandomMatrix(3, 30, seed: 36), 0);
        Assert.Equal((40, 3), (other.Rows, other.Cols));
        Assert.Equal(ArcCosineKernel.Phi(points.Row(5), TestNetworks.RandomMatrix(3, 30, seed: 36).Row(2), 0), other[5, 2], 12);
    }

    [Fact]
    public void Cosine_of_orthogonal_opposite_and_zero_vectors()
    {
        Assert.Equal(0.0, LimitFunctions.Cosine([1.0, 0], [0, 3.0]), 15);
        Assert.Equal(-1.0, LimitFunctions.Cosine([1.0, 2], [-2, -4.0]), 15);
        Assert.Equal(0.0, LimitFunctions.Cosine([0.0, 0], [1, 1.0]));
        Assert.Equal(0.6, LimitFunctions.Cosine([3.0, 4], [1, 0.0]), 15);
    }

    [Fact]
    public void F_hat_and_g_hat_follow_the_formulas()
    {
        var limits = new LimitFunctions(X, Y, Slope);
        double fHat = 0, gHat = 0, gHatNormalised = 0;
        for (int n = 0; n < X.Rows; n++)
        {
            fHat += Y[n] * PhiByFormula(X.Row(n), Z) * Dot(X.Row(n), Z) / X.Rows;
            var v = ClassFeature(n);
            gHat += PhiByFormula(R.Row(n), Z) * Dot(v, Z) / X.Rows;
            gHatNormalised += PhiByFormula(R.Row(n), Z) * Dot(v, Z) / Norm(v) / X.Rows;
        }
        Assert.Equal(fHat, limits.FHat(Z), 12);
        Assert.Equal(gHat, limits.GHat(R, Z), 12);
        Assert.Equal(gHatNormalised, limits.GHatNormalised(R, Z), 12);
        Assert.NotEqual(limits.GHat(R, Z), limits.GHatNormalised(R, Z));
        Assert.Throws<ArgumentException>(() => limits.GHat(TestNetworks.RandomMatrix(3, 4, seed: 1), Z));
        Assert.Throws<ArgumentException>(() => new LimitFunctions(X, [1, -1], Slope));
    }

    [Fact]
    public void Initial_output_deviation_is_the_stated_formula()
    {
        double[] z = [1, 2, 2];
        // ((1 + γ²)/2)(||z||²/d + 1) = (1.0625/2)(9/3 + 1) = 2.125
        Assert.Equal(Math.Sqrt(2.125), PredictionMatching.InitialOutputDeviation(z, 0.25), 14);
        Assert.Equal(Math.Sqrt(0.5 * 4), PredictionMatching.InitialOutputDeviation(z, 0), 14);
    }

    [Theory]
    [InlineData(3, 3, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(1, 2, 0.5)]
    public void C2_thresholds_are_the_sums_of_the_named_error_terms(double c0, double cw, double cd)
    {
        const int width = 50;
        const double tF = 7, tG = 11, epsilon = 0.3;
        var constants = new ConditionConstants(c0, cw, cd);
        var report = new PredictionMatching(X, Y, R, U, Targets, Slope, width, tF, tG, epsilon, constants).Evaluate(Z);

        int n = X.Rows;
        double sigma = Math.Sqrt((1 + Slope * Slope) / 2 * (Dot(Z, Z) / Z.Length + 1));
        double widthError = Math.Sqrt(3.0 / width);
        double fHat = 0, absProjection = 0, biasF = 0, gHat = 0, gradientProjection = 0, gap = 0, biasG = 0;
        for (int k = 0; k < n; k++)
        {
            double phiX = PhiByFormula(X.Row(k), Z), phiR = PhiByFormula(R.Row(k), Z);
            fHat += Y[k] * phiX * Dot(X.Row(k), Z) / n;
            absProjection += Math.Abs(Dot(X.Row(k), Z)) / n;
            biasF += Y[k] * phiX / n;
            var v = ClassFeature(k);
            double classProjection = Dot(v, Z) / Norm(v);
            double uProjection = Dot(U.Row(k), Z) / Norm(U.Row(k));
            gHat += phiR * classProjection / n;
            gradientProjection += Math.Abs(uProjection) / n;
            gap += phiR * Math.Abs(uProjection - classProjection) / n;
            biasG += Targets[k] * phiR / (n * epsilon);
        }
        double meanTarget = Targets.Average();
        double thresholdF = c0 * sigma / tF + cw * widthError * (absProjection + 1) + Math.Abs(biasF);
        double thresholdG = c0 * sigma / (tG * epsilon) + cw * widthError * (gradientProjection + Math.Abs(meanTarget) / epsilon)
                          + cd * gap + Math.Abs(biasG);

        Assert.Equal(fHat, report.FHat, 12);
        Assert.Equal(gHat, report.GHat, 12);
        Assert.Equal(thresholdF, report.ThresholdF, 12);
        Assert.Equal(thresholdG, report.ThresholdG, 12);
    }

    [Fact]
    public void Paired_neurons_double_the_kernel_variance()
    {
        // Only the c_w terms change: threshold(paired) - threshold(independent) = c_w (√(6/m) - √(3/m)) · (the bracket).
        var onlyWidth = new ConditionConstants(0, 1, 0);
        var independent = new PredictionMatching(X, Y, R, U, Targets, Slope, 40, 5, 5, 0.5, onlyWidth).Evaluate(Z);
        var paired = new PredictionMatching(X, Y, R, U, Targets, Slope, 40, 5, 5, 0.5, onlyWidth, pairedNeurons: true).Evaluate(Z);
        var none = new PredictionMatching(X, Y, R, U, Targets, Slope, 40, 5, 5, 0.5, ConditionConstants.Zero).Evaluate(Z);
        Assert.Equal(Math.Sqrt(2), (paired.ThresholdF - none.ThresholdF) / (independent.ThresholdF - none.ThresholdF), 12);
        Assert.Equal(Math.Sqrt(2), (paired.ThresholdG - none.ThresholdG) / (independent.ThresholdG - none.ThresholdG), 12);
    }

    [Theory]
    [InlineData("--norm linf")]
    [InlineData("--loss logistic")]
    [InlineData("--scenario b")]
    public void Conditions_refuse_runs_they_were_not_derived_for(string option)
    {
        var config = ConfigOptions.Build([(option.Split(' ')[0], option.Split(' ')[1])],
            new ExperimentConfig { Dim = 3, Samples = 6, TestSamples = 2, Width = 4, EpochsF = 2, EpochsG = 2 });
        var run = PerturbationLearning.Run(config);
        Assert.Throws<ArgumentException>(() => RunConditions.For(run.Run, config, ConditionConstants.Default));
        var l2 = PerturbationLearning.Run(config with { Norm = Attacks.PerturbationNorm.L2, Loss = LossKind.Identity, Scenario = Scenario.A });
        Assert.NotNull(RunConditions.For(l2.Run, l2.Config, ConditionConstants.Default));
    }

    [Fact]
    public void Condition_report_compares_margins_with_thresholds()
    {
        var holds = new ConditionReport(FHat: 2, GHat: 0.5, ThresholdF: 1, ThresholdG: 0.4);
        Assert.True(holds.MarginF && holds.MarginG && holds.Agreement && holds.All);
        var negative = new ConditionReport(-2, -0.5, 1, 0.4);
        Assert.True(negative.All);
        Assert.False(new ConditionReport(1, 0.5, 1, 0.4).MarginF);            // |f̂| = threshold is not enough
        Assert.False(new ConditionReport(2, 0.4, 1, 0.4).MarginG);
        Assert.False(new ConditionReport(2, -0.5, 1, 0.4).Agreement);
        Assert.False(new ConditionReport(2, -0.5, 1, 0.4).All);
        Assert.False(new ConditionReport(0.5, 0.5, 1, 0.4).All);
        Assert.False(new ConditionReport(2, 0.3, 1, 0.4).All);
        Assert.Equal(new ConditionConstants(3, 3, 1), ConditionConstants.Default);
        Assert.Equal(new ConditionConstants(0, 0, 0), ConditionConstants.Zero);
    }

    [Fact]
    public void C2_needs_positive_times_and_epsilon()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 0, 1, 0.1, ConditionConstants.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 1, -1, 0.1, ConditionConstants.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 1, 1, 0, ConditionConstants.Default));
    }
}

public class LossTests
{
    [Fact]
    public void Loss_values_at_known_points()
    {
        Assert.Equal(-2.5, Loss.Value(LossKind.Identity, -2.5));
        Assert.Equal(Math.Log(2), Loss.Value(LossKind.Logistic, 0), 15);
        Assert.Equal(Math.Log(1 + Math.E), Loss.Value(LossKind.Logistic, 1), 14);
        Assert.Equal(Math.Log(1 + Math.Exp(-3)), Loss.Value(LossKind.Logistic, -3), 14);
        Assert.Equal(1000, Loss.Value(LossKind.Logistic, 1000), 10);     // no overflow
        Assert.Equal(0, Loss.Value(LossKind.Logistic, -1000), 10);
        Assert.Equal(Math.Exp(1.5), Loss.Value(LossKind.Exponential, 1.5), 14);
    }

    [Fact]
    public void Loss_derivatives_at_known_points()
    {
        Assert.Equal(1.0, Loss.Derivative(LossKind.Identity, 123.0));
        Assert.Equal(0.5, Loss.Derivative(LossKind.Logistic, 0.0), 15);
        Assert.Equal(1 / (1 + Math.Exp(-2)), Loss.Derivative(LossKind.Logistic, 2.0), 15);
        Assert.Equal(Math.Exp(-2) / (1 + Math.Exp(-2)), Loss.Derivative(LossKind.Logistic, -2.0), 15);
        Assert.Equal(1.0, Loss.Derivative(LossKind.Logistic, 1000.0));
        Assert.InRange(Loss.Derivative(LossKind.Logistic, -1000.0), 0, 1e-300);
        Assert.Equal(Math.Exp(-0.5), Loss.Derivative(LossKind.Exponential, -0.5), 15);
        Assert.Equal(Rational.One, Loss.Derivative(LossKind.Identity, new Rational(5, 3)));
        Assert.Throws<InvalidOperationException>(() => Loss.Derivative(LossKind.Logistic, Rational.One));
        Assert.True(Loss.IsExactCapable(LossKind.Identity));
        Assert.False(Loss.IsExactCapable(LossKind.Exponential));
        Assert.False(Loss.IsExactCapable(LossKind.Logistic));
    }

    [Fact]
    public void Sigmoid_is_symmetric_and_finite_at_extremes()
    {
        foreach (double s in new[] { -800.0, -3, 0, 0.7, 800 })
        {
            Assert.Equal(1.0, Loss.Sigmoid(s) + Loss.Sigmoid(-s), 14);
            Assert.True(double.IsFinite(Loss.Sigmoid(s)));
        }
    }
}
