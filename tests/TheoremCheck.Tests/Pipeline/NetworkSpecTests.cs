using TheoremCheck.Networks;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class NetworkSpecTests
{
    [Theory]
    [InlineData(4, 0.0, InitKind.Gaussian, null)]
    [InlineData(0, 0.0, InitKind.Gaussian, "network.width")]
    [InlineData(7, 0.0, InitKind.Gaussian, null)]
    [InlineData(7, 0.0, InitKind.Symmetric, "network.width")]
    [InlineData(8, 0.0, InitKind.Symmetric, null)]
    [InlineData(4, 0.999, InitKind.Gaussian, null)]
    [InlineData(4, 1.0, InitKind.Gaussian, "network.slope")]
    [InlineData(4, -0.1, InitKind.Gaussian, "network.slope")]
    [InlineData(4, double.NaN, InitKind.Gaussian, "network.slope")]
    public void Width_is_positive_and_even_for_pairs_and_the_slope_is_in_0_1(int width, double slope, InitKind init, string? field) =>
        Assert.Equal(field, new NetworkSpec { Width = width, Slope = slope, Init = init }.Problems().SingleOrDefault()?.Field);
}
