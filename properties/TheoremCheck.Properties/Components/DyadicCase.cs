using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// A network with data whose every value is a dyadic rational with few bits: weights, biases and readouts are
/// multiples of 1/64 in [-2, 2], inputs multiples of 1/4 in [-1, 1], γ, η, β multiples of 1/4 or 1/8 and N a power
/// of two. Every sum, product and fused multiply-add that the forward pass, the input gradients and up to four
/// identity-loss GD steps form then needs fewer than 53 significant bits (after four steps weights are multiples
/// of 2^-22 below 10 in magnitude, outputs multiples of 2^-32 below 2^13: about 45 bits), so double arithmetic is exact in any order and the double path must equal the
/// rational one value for value. <see cref="Dyadic.IsExactDouble"/> checks the premise on every compared value.
/// </summary>
public sealed record DyadicCase(
    double[][] Weights, double[] Bias, double[] Readout, double Slope,
    double[][] Inputs, int[] Labels, double[][] TestPoints,
    double LearningRate, double Momentum, int Steps)
{
    public int Width => Bias.Length;
    public int Dimension => TestPoints[0].Length;
    public int Samples => Inputs.Length;

    public TwoLayerNetwork<Rational> RationalNetwork() =>
        new(Matrix<Rational>.FromRows(Weights.Select(Dyadic.ToRational).ToArray()), Dyadic.ToRational(Bias), Dyadic.ToRational(Readout),
            Rational.FromDouble(Slope));

    public TwoLayerNetwork<double> DoubleNetwork() =>
        new(Matrix<double>.FromRows(Weights.Select(r => (double[])r.Clone()).ToArray()), (double[])Bias.Clone(), (double[])Readout.Clone(), Slope);

    public Rational[][] RationalInputs => Inputs.Select(Dyadic.ToRational).ToArray();
    public Rational[][] RationalTests => TestPoints.Select(Dyadic.ToRational).ToArray();

    public override string ToString() =>
        $"N={Samples} d={Dimension} m={Width} gamma={Slope} eta={LearningRate} beta={Momentum} steps={Steps} " +
        $"W=[{string.Join("; ", Weights.Select(r => string.Join(" ", r)))}] b=[{string.Join(" ", Bias)}] a=[{string.Join(" ", Readout)}] " +
        $"X=[{string.Join("; ", Inputs.Select(r => string.Join(" ", r)))}] y=[{string.Join(" ", Labels)}] Z=[{string.Join("; ", TestPoints.Select(r => string.Join(" ", r)))}]";
}
