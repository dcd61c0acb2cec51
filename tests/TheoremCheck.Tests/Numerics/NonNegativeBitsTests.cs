using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class NonNegativeBitsTests
{
    public static TheoryData<VectorPath, int> Cases => KernelCases.OnEveryPath(0, 1, 8, 63, 64, 65, 200);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SetsExactlyTheBitsOfValuesAtLeastZero(VectorPath path, int count)
    {
        var values = KernelCases.Values(count, 30 + count);
        // Both zeros and +∞ count as ≥ 0; NaN and -∞ do not.
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, -double.Epsilon];
        for (int j = 0; j < count; j += 5) values[j] = specials[j / 5 % specials.Length];
        var words = new ulong[(count + 63) / 64];
        Array.Fill(words, ulong.MaxValue);
        DoubleProviders.For(path).NonNegativeBits(values, words);
        for (int j = 0; j < count; j++)
            Assert.True(values[j] >= 0 == ((words[j / 64] >> (j % 64) & 1) == 1), $"{path}: value {j} = {values[j]:R}");
        if (count % 64 != 0) Assert.Equal(0UL, words[^1] >> (count % 64));
        var reference = new ulong[words.Length];
        ReferenceProvider<double>.Instance.NonNegativeBits(values, reference);
        Assert.Equal(reference, words);
    }
}
