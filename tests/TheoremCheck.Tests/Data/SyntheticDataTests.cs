using TheoremCheck.Data;

namespace TheoremCheck.Tests.Data;

public class SyntheticDataTests
{
    [Fact]
    public void Shifted_gauss_has_class_means_at_plus_and_minus_0_3()
    {
        var set = SyntheticData.Sample(DataKind.ShiftedGauss, 2000, 20, new Random(1));
        Assert.Equal(1000, set.Labels.Count(y => y == 1));
        Assert.Equal(1, set.Labels[0]);
        Assert.Equal(-1, set.Labels[1]);
        double positiveMean = Enumerable.Range(0, 2000).Where(n => set.Labels[n] == 1).SelectMany(n => set.Inputs.RowArray(n)).Average();
        double negativeMean = Enumerable.Range(0, 2000).Where(n => set.Labels[n] == -1).SelectMany(n => set.Inputs.RowArray(n)).Average();
        // 20000 unit-variance values per class: standard error 0.007; 5 errors.
        Assert.InRange(positiveMean, 0.3 - 0.035, 0.3 + 0.035);
        Assert.InRange(negativeMean, -0.3 - 0.035, -0.3 + 0.035);
    }

    [Fact]
    public void Gauss_and_uniform_have_their_ranges_and_random_labels()
    {
        var gauss = SyntheticData.Sample(DataKind.Gauss, 500, 10, new Random(2));
        double variance = gauss.Inputs.Data.Select(x => x * x).Average();
        Assert.InRange(variance, 1 - 5 * Math.Sqrt(2.0 / 5000), 1 + 5 * Math.Sqrt(2.0 / 5000));
        var uniform = SyntheticData.Sample(DataKind.Uniform, 500, 10, new Random(2));
        Assert.All(uniform.Inputs.Data, x => Assert.InRange(x, -1, 1));
        Assert.Contains(uniform.Inputs.Data, x => x < -0.9);
        Assert.Contains(uniform.Inputs.Data, x => x > 0.9);
        Assert.InRange(uniform.Labels.Average(), -0.25, 0.25);
        Assert.All(gauss.Labels, y => Assert.True(y is 1 or -1));
    }

    [Fact]
    public void Orthogonal_samples_are_mutually_orthogonal_with_norm_root_d()
    {
        var set = SyntheticData.Sample(DataKind.Orthogonal, 5, 9, new Random(4));
        for (int p = 0; p < 5; p++)
            for (int q = 0; q < 5; q++)
            {
                double dot = 0;
                for (int j = 0; j < 9; j++) dot += set.Inputs[p, j] * set.Inputs[q, j];
                Assert.Equal(p == q ? 9.0 : 0.0, dot, 12);
            }
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Orthogonal, 10, 9, new Random(4)));
    }

    [Fact]
    public void Same_seed_same_data_and_independent_test_set()
    {
        var a = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 7);
        var b = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 7);
        var c = SyntheticData.Create(DataKind.Gauss, 10, 5, 3, seed: 8);
        Assert.Equal(a.Train.Inputs.Data, b.Train.Inputs.Data);
        Assert.Equal(a.Test.Inputs.Data, b.Test.Inputs.Data);
        Assert.NotEqual(a.Train.Inputs.Data, c.Train.Inputs.Data);
        Assert.NotEqual(a.Train.Inputs.Data.Take(15), a.Test.Inputs.Data.Take(15));
        Assert.Equal(5, a.Test.Count);
        Assert.Equal(3, a.Train.Dimension);
    }

    [Fact]
    public void Sizes_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 0, 3, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 3, -1, new Random(1)));
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Mnist, 3, 3, new Random(1)));
    }
}
