using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Training;
using R = TheoremCheck.Claims.ExactReference;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Gradient descent against <see cref="R.Trajectory"/>, heavy-ball GD written out without the library: the weights
/// after every step, the readout left alone, the E1 span coefficients, the training time η Σ_s (1-β^s)/(1-β),
/// flips counted ever (training and monitored points) and at the end; over rationals with any momentum (9/10, the
/// reference value, included), and over doubles on dyadic cases where they are exact. Then the losses: λ_n = ℓ'(s_n)
/// weights sample n in a step of the logistic and exponential losses.
/// </summary>
public sealed class TrainingProperties
{
    private const int Cases = 120;

    /// <summary>Momenta of the exact runs: plain GD, the dyadic ones, the reference 9/10, and 1 (no decay, t = η S(S+1)/2).</summary>
    private static readonly Rational[] Momenta = [0, new(1, 4), new(1, 2), new(9, 10), 1];

    private static string? Compare(TrainingResult<Rational> result, TwoLayerNetwork<Rational> initial, Rational[][] x, int[] y,
        Rational[][] monitored, Rational eta, Rational beta, int steps, Func<Rational, Rational, bool>? same = null)
    {
        same ??= (a, b) => a == b;
        var trajectory = R.Trajectory(initial, x, y, eta, beta, steps);
        var expected = trajectory[^1];
        var net = result.Network;
        for (int i = 0; i < initial.Width; i++)
        {
            if (net.Readout[i] != initial.Readout[i]) return $"readout {i} changed";
            if (!same(net.Bias[i], expected.Bias[i])) return $"b_{i} = {net.Bias[i]}, expected {expected.Bias[i]}";
            for (int j = 0; j < initial.Dimension; j++)
                if (!same(net.Weights[i, j], expected.Weights[i, j])) return $"w_{i},{j} = {net.Weights[i, j]}, expected {expected.Weights[i, j]}";
        }
        var alpha = R.SpanCoefficients(trajectory, x, y, eta, beta);
        if (result.SpanCoefficients is { } tracked)
            for (int i = 0; i < initial.Width; i++)
                for (int n = 0; n < x.Length; n++)
                    if (!same(tracked[i, n], alpha[i, n])) return $"α[{i},{n}] = {tracked[i, n]}, expected {alpha[i, n]}";
        var time = R.TrainingTime(eta, beta, steps);
        if (!same(result.TrainingTime, time)) return $"t = {result.TrainingTime}, expected {time}";
        var (ever, _) = R.Flips(trajectory, x.Concat(monitored));
        var (_, atEnd) = R.Flips(trajectory, x);
        if (result.EverFlipped != ever) return $"{result.EverFlipped} patterns ever flipped, expected {ever}";
        double share = (double)atEnd / (x.Length * initial.Width);
        if (result.FlippedShare != share) return $"flipped share {result.FlippedShare}, expected {share} ({atEnd} of {x.Length * initial.Width})";
        return null;
    }

    [Fact]
    public void Exact_training_is_heavy_ball_gradient_descent() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Dyadic.Cases(maxDimension: 4, maxWidth: 12)), Arb.From(Gen.Elements(Momenta)), Arb.From(Gen.Choose(1, 8)),
            (c, beta, samples) =>
            {
                var initial = c.RationalNetwork();
                var x = c.RationalInputs.Concat(c.RationalInputs).Take(Math.Min(samples, 2 * c.Samples)).ToArray();
                var y = c.Labels.Concat(c.Labels.Select(l => -l)).Take(x.Length).ToArray();
                var eta = Rational.FromDouble(c.LearningRate);
                var steps = new List<int>();
                var result = GradientDescent.Train(initial, Matrix<Rational>.FromRows(x), y,
                    new TrainingSettings<Rational>(eta, c.Steps, beta, LossKind.Identity, TrackSpan: true),
                    Matrix<Rational>.FromRows(c.RationalTests), steps.Add);
                var mismatch = Compare(result, initial, x, y, c.RationalTests, eta, beta, c.Steps);
                bool callbacks = steps.SequenceEqual(Enumerable.Range(1, c.Steps));
                bool untouched = initial.Weights.Data.SequenceEqual(c.RationalNetwork().Weights.Data) && initial.Bias.SequenceEqual(c.RationalNetwork().Bias);
                return (mismatch is null && callbacks && untouched).Label($"{mismatch}; steps reported {string.Join(",", steps)}; initial untouched {untouched}; β = {beta}, N = {x.Length} in {c}");
            }), Cases);

    [Fact]
    public void Double_training_on_dyadic_cases_is_the_exact_training() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Dyadic.Cases()), c =>
        {
            var result = GradientDescent.Train(c.DoubleNetwork(), Matrix<double>.FromRows(c.Inputs), c.Labels,
                new TrainingSettings<double>(c.LearningRate, c.Steps, c.Momentum, LossKind.Identity, TrackSpan: true),
                Matrix<double>.FromRows(c.TestPoints));
            var asRational = new TrainingResult<Rational>
            {
                Network = new TwoLayerNetwork<Rational>(result.Network.Weights.Map(Rational.FromDouble), Dyadic.ToRational(result.Network.Bias),
                    Dyadic.ToRational(result.Network.Readout), Rational.FromDouble(result.Network.Slope)),
                FlippedShare = result.FlippedShare, EverFlipped = result.EverFlipped,
                SpanCoefficients = result.SpanCoefficients!.Map(Rational.FromDouble), TrainingTime = Rational.FromDouble(result.TrainingTime),
            };
            var mismatch = Compare(asRational, c.RationalNetwork(), c.RationalInputs, c.Labels, c.RationalTests,
                Rational.FromDouble(c.LearningRate), Rational.FromDouble(c.Momentum), c.Steps,
                (actual, expected) => Dyadic.IsExactDouble(expected) && actual == expected);
            return (mismatch is null).Label($"{mismatch} in {c}");
        }), Cases);

    /// <summary>
    /// One step of the logistic or exponential loss from a dyadic case: w_i(1) = w_i(0) + (η/N) Σ_n λ_n y_n a_i φ'_i(x_n) x_n
    /// with λ_n = ℓ'(-y_n f(x_n)), computed here in plain double loops with σ(s) = 1/(1 + e^-s). Error bound, u = 2^-53:
    /// the two σ formulas are each within 3u of the real value (exp, add, divide), so |Δλ_n| ≤ 7u (λ ≤ 1; e^s is the
    /// same call in both); each side forms its sum of N products of three factors with error ≤ (N + 3)u M,
    /// M = (1/N) Σ_n |λ_n a_i φ'_i x_nj|; the factor η is a power of two, and the final addition rounds once per
    /// side. So |w_lib - w_here| ≤ η (2(N + 3)u M + 7u A) + 2u|w| (1 + 4u), A = (1/N) Σ_n |a_i φ'_i x_nj|.
    /// A case whose loss is not finite must raise <see cref="TrainingDivergedException"/> instead.
    /// </summary>
    [Fact]
    public void One_step_weights_samples_by_the_loss_derivative() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Dyadic.Cases()), Arb.From(Gen.Elements(LossKind.Logistic, LossKind.Exponential)), (c, loss) =>
        {
            const double u = 1.0 / (1L << 53);
            var net = c.DoubleNetwork();
            int n = c.Samples;
            var lambda = new double[n];
            bool finite = true;
            for (int k = 0; k < n; k++)
            {
                double f = 0;
                for (int i = 0; i < c.Width; i++)
                {
                    double pre = c.Bias[i];
                    for (int j = 0; j < c.Dimension; j++) pre += c.Weights[i][j] * c.Inputs[k][j];
                    f += c.Readout[i] * (pre >= 0 ? pre : c.Slope * pre);
                }
                double s = -c.Labels[k] * f;
                lambda[k] = loss == LossKind.Logistic ? 1 / (1 + Math.Exp(-s)) : Math.Exp(s);
                finite &= loss == LossKind.Logistic || double.IsFinite(Math.Exp(s));
            }
            TrainingResult<double> result;
            try
            {
                result = GradientDescent.Train(net, Matrix<double>.FromRows(c.Inputs), c.Labels, new TrainingSettings<double>(c.LearningRate, 1, c.Momentum, loss));
            }
            catch (TrainingDivergedException) { return (!finite).Label($"diverged though the loss is finite in {c}"); }
            if (!finite) return false.Label($"a non-finite loss did not raise in {c}");
            for (int i = 0; i < c.Width; i++)
                for (int j = 0; j <= c.Dimension; j++)
                {
                    double sum = 0, m = 0, a = 0;
                    for (int k = 0; k < n; k++)
                    {
                        double pre = c.Bias[i];
                        for (int q = 0; q < c.Dimension; q++) pre += c.Weights[i][q] * c.Inputs[k][q];
                        double coordinate = j < c.Dimension ? c.Inputs[k][j] : 1;
                        double term = c.Readout[i] * (pre >= 0 ? 1 : c.Slope) * coordinate;
                        sum += lambda[k] * c.Labels[k] * term / n;
                        m += Math.Abs(lambda[k] * term) / n;
                        a += Math.Abs(term) / n;
                    }
                    double before = j < c.Dimension ? c.Weights[i][j] : c.Bias[i];
                    double expected = before + c.LearningRate * sum;
                    double actual = j < c.Dimension ? result.Network.Weights[i, j] : result.Network.Bias[i];
                    double bound = c.LearningRate * (2 * (n + 3) * u * m + 7 * u * a) + 2 * u * Math.Abs(expected) * (1 + 4 * u);
                    if (Math.Abs(actual - expected) > bound)
                        return false.Label($"{loss}: parameter [{i},{j}] = {actual:R}, expected {expected:R} ± {bound:R} in {c}");
                }
            return true.Label("");
        }), Cases);

    [Fact]
    public void Loss_derivatives_and_values() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(-800_000, 800_000)), k =>
        {
            const double u = 1.0 / (1L << 53);
            double s = k / 1000.0;
            double sigmoid = 1 / (1 + Math.Exp(-s));
            double logistic = Loss.Derivative(LossKind.Logistic, s);
            double softplus = s > 30 ? s + Math.Exp(-s) : s < -30 ? Math.Exp(s) : Math.Log(1 + Math.Exp(s));
            double value = Loss.Value(LossKind.Logistic, s);
            return (Loss.Derivative(LossKind.Identity, s) == 1 && Loss.Derivative(LossKind.Identity, new Rational(k, 1000)) == Rational.One
                && Math.Abs(logistic - sigmoid) <= 7 * u && Math.Abs(Loss.Sigmoid(s) - sigmoid) <= 7 * u
                && Loss.Derivative(LossKind.Exponential, s) == Math.Exp(s) && Loss.Value(LossKind.Exponential, s) == Math.Exp(s)
                && Loss.Value(LossKind.Identity, s) == s
                && Math.Abs(value - softplus) <= 8 * u * Math.Max(1, softplus) && double.IsFinite(value))
                .Label($"s = {s}: σ {logistic:R} vs {sigmoid:R}, softplus {value:R} vs {softplus:R}");
        }), 200);

    [Fact]
    public void Only_the_identity_loss_is_exact()
    {
        Assert.True(Loss.IsExactCapable(LossKind.Identity));
        Assert.False(Loss.IsExactCapable(LossKind.Logistic));
        Assert.False(Loss.IsExactCapable(LossKind.Exponential));
        Assert.Throws<InvalidOperationException>(() => Loss.Derivative(LossKind.Logistic, Rational.One));
        Assert.Throws<InvalidOperationException>(() => Loss.Derivative(LossKind.Exponential, Rational.One));
        Assert.Equal(0.5, Loss.Sigmoid(0));
    }

    [Fact]
    public void Zero_steps_leave_the_network_and_bad_settings_are_rejected()
    {
        var c = new DyadicCase([[0.5, -1], [0.25, 0]], [0.125, -0.5], [0.5, -0.25], 0.25, [[1, 0.5], [-0.5, 0.25]], [1, -1], [[0, 1]], 0.5, 0.5, 2);
        var net = c.DoubleNetwork();
        var x = Matrix<double>.FromRows(c.Inputs);
        var result = GradientDescent.Train(net, x, c.Labels, new TrainingSettings<double>(0.5, 0, 0.9, LossKind.Identity, TrackSpan: true));
        Assert.Equal(net.Weights.Data, result.Network.Weights.Data);
        Assert.Equal(net.Bias, result.Network.Bias);
        Assert.Equal(0, result.TrainingTime);
        Assert.Equal(0, result.EverFlipped);
        Assert.All(result.SpanCoefficients!.Data, v => Assert.Equal(0, v));
        var oneStep = new TrainingSettings<double>(0.5, 1, 0, LossKind.Identity);
        Assert.Throws<ArgumentOutOfRangeException>(() => { GradientDescent.Train(net, x, c.Labels, oneStep with { Steps = -1 }); });
        Assert.Throws<ArgumentException>(() => { GradientDescent.Train(net, x, new[] { 1, -1, 1 }, oneStep); });
        Assert.Throws<ArgumentException>(() => { GradientDescent.Train(net, new Matrix<double>(0, c.Dimension), Array.Empty<int>(), oneStep); });
    }

    /// <summary>An infinite step makes every weight ±∞ or NaN (∞ · 0) after the first step: that must raise, naming the epoch.</summary>
    [Fact]
    public void A_diverging_run_raises_instead_of_returning_non_finite_weights() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Dyadic.Cases()), c =>
        {
            try
            {
                GradientDescent.Train(c.DoubleNetwork(), Matrix<double>.FromRows(c.Inputs), c.Labels,
                    new TrainingSettings<double>(double.PositiveInfinity, c.Steps + 1, c.Momentum, LossKind.Identity));
                return false.Label($"no exception in {c}");
            }
            catch (TrainingDivergedException e) { return e.Message.StartsWith("Training diverged at epoch 1:").Label(e.Message); }
        }), 40);
}
