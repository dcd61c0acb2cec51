using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Training;

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
