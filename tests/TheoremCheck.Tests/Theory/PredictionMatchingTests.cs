using TheoremCheck.Theory;
using static TheoremCheck.Tests.Theory.LimitTheoryFixture;

namespace TheoremCheck.Tests.Theory;

/// <summary>THEORY §5 (C2) against the formulas written out with plain loops.</summary>
public class PredictionMatchingTests
{
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

        // Every term on its own: the decomposition that reports and map.csv show.
        Assert.Equal(c0 * sigma / tF, report.ErrorsF.InitialOutput, 12);
        Assert.Equal(cw * widthError * (absProjection + 1), report.ErrorsF.KernelWidth, 12);
        Assert.Equal(0, report.ErrorsF.Direction);
        Assert.Equal(Math.Abs(biasF), report.ErrorsF.Bias, 12);
        Assert.Equal(c0 * sigma / (tG * epsilon), report.ErrorsG.InitialOutput, 12);
        Assert.Equal(cw * widthError * (gradientProjection + Math.Abs(meanTarget) / epsilon), report.ErrorsG.KernelWidth, 12);
        Assert.Equal(cd * gap, report.ErrorsG.Direction, 12);
        Assert.Equal(Math.Abs(biasG), report.ErrorsG.Bias, 12);
    }

    [Fact]
    public void Many_points_at_once_give_the_bits_of_one_point_at_a_time()
    {
        var conditions = new PredictionMatching(X, Y, R, U, Targets, Slope, 50, 7, 11, 0.3, ConditionConstants.Default);
        var points = TestNetworks.RandomMatrix(37, X.Cols, seed: 35);
        int reported = 0;
        var all = conditions.Evaluate(points, (done, total) => { Assert.Equal(37, total); reported = Math.Max(reported, done); });
        Assert.Equal(37, reported);
        for (int p = 0; p < points.Rows; p++) Assert.Equal(conditions.Evaluate(points.Row(p)), all[p]);
        Assert.Empty(conditions.Evaluate(new TheoremCheck.Numerics.Matrix<double>(0, X.Cols)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => conditions.Evaluate(points, cancel: cancelled.Token));
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

    [Fact]
    public void C2_needs_positive_times_and_epsilon()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 0, 1, 0.1, ConditionConstants.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 1, -1, 0.1, ConditionConstants.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionMatching(X, Y, R, U, Targets, Slope, 10, 1, 1, 0, ConditionConstants.Default));
        Assert.Throws<ArgumentException>(() => new PredictionMatching(X, Y, R, U, [1, -1], Slope, 10, 1, 1, 0.1, ConditionConstants.Default));
    }
}
