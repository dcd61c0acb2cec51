using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class SeedingTests
{
    [Fact]
    public void Seeded_streams_depend_on_seed_and_purpose_only()
    {
        double First(int seed, string purpose) => Seeding.Stream(seed, purpose).NextDouble();
        Assert.Equal(First(3, "init-f"), First(3, "init-f"));
        Assert.NotEqual(First(3, "init-f"), First(3, "init-g"));
        Assert.NotEqual(First(3, "init-f"), First(4, "init-f"));
        var gaussian = Seeding.Gaussian(Seeding.Stream(1, "g"), 20000, 2, 3);
        Assert.InRange(gaussian.Average(), 2 - 5 * 3 / Math.Sqrt(20000), 2 + 5 * 3 / Math.Sqrt(20000));
    }
}
