using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class HeavyBallStepTests
{
    public static TheoryData<VectorPath, int> Cases => KernelCases.OnEveryPath(0, 1, 7, 8, 9, 100);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BitEqualToTheReferenceLoop(VectorPath path, int count)
    {
        var (velocity, gradient, parameters) = (KernelCases.Values(count, 40), KernelCases.Values(count, 41), KernelCases.Values(count, 42));
        var (v, p) = ((double[])velocity.Clone(), (double[])parameters.Clone());
        Assert.True(DoubleProviders.For(path).HeavyBallStep(v, gradient, 0.9, p, 0.3));
        var (rv, rp) = ((double[])velocity.Clone(), (double[])parameters.Clone());
        Assert.True(ReferenceProvider<double>.Instance.HeavyBallStep(rv, gradient, 0.9, rp, 0.3));
        Assert.Equal(KernelCases.Bits(rv), KernelCases.Bits(v));
        Assert.Equal(KernelCases.Bits(rp), KernelCases.Bits(p));
        for (int j = 0; j < count; j++)
        {
            double next = 0.9 * velocity[j] + gradient[j];
            Assert.Equal(BitConverter.DoubleToInt64Bits(next), BitConverter.DoubleToInt64Bits(v[j]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(parameters[j] + 0.3 * next), BitConverter.DoubleToInt64Bits(p[j]));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsAParameterThatIsNoLongerFinite(VectorPath path, int count)
    {
        if (count == 0) return;
        // One bad element at every position in turn, through a vector lane or the scalar tail.
        foreach (double bad in new[] { double.PositiveInfinity, double.NaN, double.MaxValue })
            for (int at = 0; at < count; at++)
            {
                var gradient = KernelCases.Values(count, 43);
                gradient[at] = bad;
                var parameters = KernelCases.Values(count, 44);
                // MaxValue as a gradient times a rate of 3 overflows to ∞ in the parameter, not in the gradient.
                Assert.False(DoubleProviders.For(path).HeavyBallStep(new double[count], gradient, 0.9, parameters, 3.0), $"{path}: {bad} at {at}");
                Assert.False(double.IsFinite(parameters[at]));
            }
    }
}
