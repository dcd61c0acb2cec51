using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using R = TheoremCheck.Claims.ExactReference;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The network of THEORY §2 against the loops of <see cref="R"/> (which read only the weights): preactivations,
/// outputs, patterns, φ', input gradients one point and many at a time, and the weighted parameter gradient, over
/// rationals and, on dyadic cases where double arithmetic is exact, over doubles with the same values.
/// </summary>
public sealed class NetworkProperties
{
    private const int Cases = 150;

    private static bool Same(double actual, Rational expected) => Rational.FromDouble(actual) == expected;

    private static Property ForCases(Func<DyadicCase, string?> firstMismatch) =>
        Prop.ForAll(Arb.From(Dyadic.Cases()), c =>
        {
            var mismatch = firstMismatch(c);
            return (mismatch is null).Label($"{mismatch} in {c}");
        });

    [Fact]
    public void Forward_pass_matches_the_loops() =>
        ComponentCheck.Run(ForCases(c =>
        {
            var exact = c.RationalNetwork();
            var fast = c.DoubleNetwork();
            var points = c.RationalInputs.Concat(c.RationalTests).ToArray();
            var pointMatrix = Matrix<Rational>.FromRows(points);
            var doublePoints = Matrix<double>.FromRows(c.Inputs.Concat(c.TestPoints).ToArray());
            var pre = exact.Preactivations(pointMatrix);
            var preDouble = fast.Preactivations(doublePoints);
            var outputs = exact.Outputs(pointMatrix);
            var outputsDouble = fast.Outputs(doublePoints);
            var fromPre = exact.OutputsFromPreactivations(pre);
            for (int p = 0; p < points.Length; p++)
            {
                var z = points[p];
                var expected = R.Output(exact, z);
                if (exact.Output(z) != expected || outputs[p] != expected || fromPre[p] != expected) return $"f(z_{p}) over rationals, expected {expected}";
                if (!Same(fast.Output(c.Inputs.Concat(c.TestPoints).ElementAt(p)), expected) || !Same(outputsDouble[p], expected))
                    return $"f(z_{p}) over doubles {outputsDouble[p]:R}, expected {expected}";
                for (int i = 0; i < c.Width; i++)
                {
                    var u = R.Preactivation(exact, i, z);
                    if (pre[p, i] != u || exact.Preactivation(i, z) != u || !Same(preDouble[p, i], u)) return $"preactivation {i} at z_{p}, expected {u}";
                }
            }
            return null;
        }), Cases);

    [Fact]
    public void Patterns_derivatives_and_input_gradients_match_the_loops() =>
        ComponentCheck.Run(ForCases(c =>
        {
            var exact = c.RationalNetwork();
            var fast = c.DoubleNetwork();
            var doublePoints = c.Inputs.Concat(c.TestPoints).ToArray();
            var points = c.RationalInputs.Concat(c.RationalTests).ToArray();
            var gradients = exact.InputGradients(Matrix<Rational>.FromRows(points));
            var gradientsDouble = fast.InputGradients(Matrix<double>.FromRows(doublePoints));
            for (int p = 0; p < points.Length; p++)
            {
                var z = points[p];
                var pattern = R.Pattern(exact, z);
                if (!exact.Pattern(z).SequenceEqual(pattern) || !fast.Pattern(doublePoints[p]).SequenceEqual(pattern)) return $"pattern at z_{p}";
                var derivatives = exact.Derivatives(z);
                var derivativesDouble = fast.Derivatives(doublePoints[p]);
                for (int i = 0; i < c.Width; i++)
                {
                    var expected = R.ActivationDerivative(exact, i, z);
                    if (derivatives[i] != expected || !Same(derivativesDouble[i], expected)) return $"φ'_{i}(z_{p}) = {derivatives[i]}, expected {expected}";
                }
                var gradient = R.Gradient(exact, z);
                var single = exact.InputGradient(z);
                var singleDouble = fast.InputGradient(doublePoints[p]);
                for (int j = 0; j < c.Dimension; j++)
                    if (single[j] != gradient[j] || gradients[p, j] != gradient[j] || !Same(singleDouble[j], gradient[j]) || !Same(gradientsDouble[p, j], gradient[j]))
                        return $"∇f(z_{p})_{j} = {single[j]} / {gradients[p, j]} / {singleDouble[j]:R} / {gradientsDouble[p, j]:R}, expected {gradient[j]}";
            }
            return null;
        }), Cases);

    /// <summary>Σ_n c_n ∇_θ f(x_n): rows Σ_n c_n a_i φ'_i(x_n) x_n, bias Σ_n c_n a_i φ'_i(x_n), factors c_n a_i φ'_i(x_n); buffers are overwritten, not added to.</summary>
    [Fact]
    public void Weighted_parameter_gradient_matches_the_loops() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Dyadic.Cases()), Arb.From(Dyadic.Vector(8, 3, 2)), (c, weightsOfSamples) =>
        {
            var exact = c.RationalNetwork();
            var fast = c.DoubleNetwork();
            var x = c.RationalInputs;
            var sampleWeights = weightsOfSamples[..c.Samples];
            var cs = Dyadic.ToRational(sampleWeights);
            var pre = exact.Preactivations(Matrix<Rational>.FromRows(x));
            var (weights, bias, factors) = exact.WeightedParameterGradient(Matrix<Rational>.FromRows(x), pre, cs);
            var inputsDouble = Matrix<double>.FromRows(c.Inputs);
            var weightsDouble = Garbage(c.Width, c.Dimension);
            var biasDouble = Garbage(1, c.Width).Data;
            var factorsDouble = Garbage(c.Samples, c.Width);
            fast.WeightedParameterGradient(inputsDouble, fast.Preactivations(inputsDouble), sampleWeights, weightsDouble, biasDouble, factorsDouble);
            for (int i = 0; i < c.Width; i++)
            {
                Rational expectedBias = 0;
                var expectedRow = new Rational[c.Dimension];
                for (int n = 0; n < c.Samples; n++)
                {
                    var g = cs[n] * exact.Readout[i] * R.ActivationDerivative(exact, i, x[n]);
                    if (factors[n, i] != g || !Same(factorsDouble[n, i], g)) return false.Label($"factor [{n},{i}] = {factors[n, i]} / {factorsDouble[n, i]:R}, expected {g} in {c}");
                    expectedBias += g;
                    for (int j = 0; j < c.Dimension; j++) expectedRow[j] += g * x[n][j];
                }
                if (bias[i] != expectedBias || !Same(biasDouble[i], expectedBias)) return false.Label($"bias gradient {i} = {bias[i]} / {biasDouble[i]:R}, expected {expectedBias} in {c}");
                for (int j = 0; j < c.Dimension; j++)
                    if (weights[i, j] != expectedRow[j] || !Same(weightsDouble[i, j], expectedRow[j]))
                        return false.Label($"weight gradient [{i},{j}] = {weights[i, j]} / {weightsDouble[i, j]:R}, expected {expectedRow[j]} in {c}");
            }
            return true.Label("");
        }), Cases);

    private static Matrix<double> Garbage(int rows, int cols)
    {
        var m = new Matrix<double>(rows, cols);
        for (int k = 0; k < m.Data.Length; k++) m.Data[k] = 1000 + k;
        return m;
    }

    [Fact]
    public void Leaky_relu_is_the_identity_from_zero_up_and_gamma_times_below() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(-8, 8)), Arb.From(Gen.Elements(0, 1, 2, 3)), (k, g) =>
        {
            var u = new Rational(k, 4);
            var gamma = new Rational(g, 4);
            return LeakyRelu.Value(u, gamma) == (k >= 0 ? u : gamma * u) && LeakyRelu.Derivative(u, gamma) == (k >= 0 ? Rational.One : gamma)
                && LeakyRelu.IsActive(u) == (k >= 0) && LeakyRelu.Value(k / 4.0, g / 4.0) == (k >= 0 ? k / 4.0 : g * k / 16.0)
                && LeakyRelu.Derivative(k / 4.0, g / 4.0) == (k >= 0 ? 1 : g / 4.0) && LeakyRelu.IsActive(-0.0);
        }), 40);

    [Fact]
    public void Mismatched_shapes_are_rejected()
    {
        var net = new TwoLayerNetwork<double>(new Matrix<double>(3, 2), new double[3], new double[3], 0);
        Assert.Throws<ArgumentException>(() => new TwoLayerNetwork<double>(new Matrix<double>(3, 2), new double[2], new double[3], 0));
        Assert.Throws<ArgumentException>(() => new TwoLayerNetwork<double>(new Matrix<double>(3, 2), new double[3], new double[4], 0));
        Assert.Throws<ArgumentException>(() => net.Output([1.0, 2, 3]));
        Assert.Throws<ArgumentException>(() => net.Pattern([1.0]));
        Assert.Throws<ArgumentException>(() => net.Derivatives([1.0]));
        Assert.Throws<ArgumentException>(() => net.InputGradient([1.0]));
        Assert.Throws<ArgumentException>(() => net.Preactivations(new Matrix<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => net.OutputsFromPreactivations(new Matrix<double>(2, 2)));
        var x = new Matrix<double>(2, 2);
        Assert.Throws<ArgumentException>(() => net.WeightedParameterGradient(x, net.Preactivations(x), new double[3]));
        Assert.Throws<ArgumentException>(() => net.WeightedParameterGradient(x, net.Preactivations(x), new double[2], new Matrix<double>(3, 2), new double[2], new Matrix<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => net.WeightedParameterGradient(x, net.Preactivations(x), new double[2], new Matrix<double>(3, 2), new double[3], new Matrix<double>(3, 3)));
    }
}
