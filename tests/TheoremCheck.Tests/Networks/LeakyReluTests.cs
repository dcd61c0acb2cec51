using TheoremCheck.Networks;

namespace TheoremCheck.Tests.Networks;

public class LeakyReluTests
{
    [Fact]
    public void Leaky_relu_derivative_at_zero_is_one()
    {
        Assert.Equal(1.0, LeakyRelu.Derivative(0.0, 0.3));
        Assert.Equal(0.3, LeakyRelu.Derivative(-1e-300, 0.3));
        Assert.Equal(-0.6, LeakyRelu.Value(-2.0, 0.3), 15);
        Assert.Equal(2.0, LeakyRelu.Value(2.0, 0.3));
        Assert.True(LeakyRelu.IsActive(0.0));
        Assert.False(LeakyRelu.IsActive(-1e-300));
    }
}
