using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class VectorOperationsTests
{
    [Fact]
    public void ShapesAreCheckedWithAMessageNamingThem()
    {
        var pre = new Matrix<double>(3, 4);
        var message = Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluReadouts(pre, new double[5], 0, new double[3])).Message;
        Assert.Equal("3x4 preactivations, 5 readout weights, 3 outputs.", message);
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluReadouts(pre, new double[4], 0, new double[2]));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.NonNegativeBits(new double[65], new ulong[1]));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.HeavyBallStep(new double[3], new double[2], 0.9, new double[3], 1));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.HeavyBallStep(new double[3], new double[3], 0.9, new double[4], 1));
        var inputs = new Matrix<double>(3, 2);
        var factors = new Matrix<double>(3, 4);
        var gradient = new Matrix<double>(4, 2);
        VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, factors, new double[4], gradient);
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(new Matrix<double>(2, 2), pre, new double[4], new double[3], 0, factors, new double[4], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[3], new double[3], 0, factors, new double[4], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[2], 0, factors, new double[4], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, factors, new double[3], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, new Matrix<double>(3, 3), new double[4], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, new Matrix<double>(2, 4), new double[4], gradient));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, factors, new double[4], new Matrix<double>(3, 2)));
        Assert.Throws<ArgumentException>(() => VectorOperations<double>.LeakyReluGradient(inputs, pre, new double[4], new double[3], 0, factors, new double[4], new Matrix<double>(4, 3)));
        Assert.Throws<ArgumentException>(() => MatrixProducts<double>.MultiplyTransposed(new Matrix<double>(2, 3), new Matrix<double>(4, 3), new double[3]));
    }

    [Fact]
    public void ExactTypesRunTheFormulasAsWritten()
    {
        // Two samples, three neurons, slope 1/4: every branch of φ and φ' once, values small enough to check by hand.
        Rational q(long p, long d = 1) => new(p, d);
        var pre = new Matrix<Rational>(2, 3, [q(1), q(-2), q(0), q(-1, 2), q(3), q(-4)]);
        Rational[] readout = [q(1), q(2), q(-1)];
        var slope = q(1, 4);
        var outputs = new Rational[2];
        VectorOperations<Rational>.LeakyReluReadouts(pre, readout, slope, outputs);
        // f = 1·1 + 2·(-2/4) + (-1)·0 = 0;  f = 1·(-1/8) + 2·3 + (-1)·(-1) = 55/8.
        Assert.Equal([q(0), q(55, 8)], outputs);

        var inputs = new Matrix<Rational>(2, 2, [q(1), q(2), q(3), q(-1)]);
        Rational[] weights = [q(1, 2), q(-1)];
        var factors = new Matrix<Rational>(2, 3);
        var bias = new Rational[] { q(7), q(7), q(7) };
        var gradient = new Matrix<Rational>(3, 2);
        VectorOperations<Rational>.LeakyReluGradient(inputs, pre, readout, weights, slope, factors, bias, gradient);
        // G[n, i] = c_n a_i φ'(u_ni): row 0 = (1/2)(1·1, 2·1/4, -1·1), row 1 = -(1·1/4, 2·1, -1·1/4).
        Assert.Equal([q(1, 2), q(1, 4), q(-1, 2), q(-1, 4), q(-2), q(1, 4)], factors.Data);
        Assert.Equal([q(1, 4), q(-7, 4), q(-1, 4)], bias);
        // Row i of Gᵀ X = Σ_n G[n, i] x_n.
        Assert.Equal([q(-1, 4), q(5, 4), q(-23, 4), q(5, 2), q(1, 4), q(-5, 4)], gradient.Data);

        var words = new ulong[1];
        VectorOperations<Rational>.NonNegativeBits(pre.Data, words);
        Assert.Equal(0b010101UL, words[0]);

        Rational[] velocity = [q(1), q(-2)], parameters = [q(0), q(1)];
        Assert.True(VectorOperations<Rational>.HeavyBallStep(velocity, [q(1, 2), q(1)], q(1, 2), parameters, q(2)));
        Assert.Equal([q(1), q(0)], velocity);
        Assert.Equal([q(2), q(1)], parameters);
    }
}
