using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Data;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The synthetic data sets of THEORY §2 by their law: gauss x ~ N(0, I), fair random labels; shifted gauss the even-indexed
/// samples labelled +1 around +0.3·1 and the odd ones -1 around -0.3·1 (⌈N/2⌉ and ⌊N/2⌋), unit variance; uniform in [-1, 1]^d (variance 1/3);
/// orthogonal √d times distinct coordinate vectors. Bounds: <see cref="GaussianBounds"/>, <see cref="Hoeffding"/>.
/// </summary>
public sealed class SyntheticDataProperties
{
    private static readonly Gen<(int Seed, int Count, int Dimension)> Sizes =
        from seed in Gen.Choose(0, int.MaxValue)
        from count in Gen.Choose(40, 200)
        from d in Gen.Choose(10, 40)
        select (seed, count, d);

    private static double[] Values(int count, int d, Func<int, int, double> value) =>
        Enumerable.Range(0, count * d).Select(k => value(k / d, k % d)).ToArray();

    [Fact]
    public void Gaussian_sets_have_their_stated_law() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), s =>
        {
            var gauss = SyntheticData.Sample(DataKind.Gauss, s.Count, s.Dimension, new Random(s.Seed));
            var shifted = SyntheticData.Sample(DataKind.ShiftedGauss, s.Count, s.Dimension, new Random(s.Seed));
            var centred = Values(s.Count, s.Dimension, (n, j) => shifted.Inputs[n, j] - SyntheticData.ShiftedGaussMean * shifted.Labels[n]);
            var signedCentred = Values(s.Count, s.Dimension, (n, j) => shifted.Labels[n] * centred[n * s.Dimension + j]);
            bool labels = shifted.Labels.Select((l, n) => l == (n % 2 == 0 ? 1 : -1)).All(ok => ok)
                && gauss.Labels.All(l => l is 1 or -1) && Hoeffding.Consistent(gauss.Labels.Count(l => l == 1), s.Count, 0.5);
            return (labels && gauss.Inputs.Rows == s.Count && gauss.Inputs.Cols == s.Dimension && GaussianBounds.StandardNormal(gauss.Inputs.Data)
                && SyntheticData.ShiftedGaussMean == 0.3 && GaussianBounds.StandardNormal(centred) && GaussianBounds.MeanIsZero(signedCentred))
                .Label($"labels {labels}; gauss {GaussianBounds.StandardNormal(gauss.Inputs.Data)}; shifted {GaussianBounds.StandardNormal(centred)}, {GaussianBounds.MeanIsZero(signedCentred)}");
        }), 30);

    [Fact]
    public void Uniform_and_orthogonal_sets_have_their_stated_law() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), s =>
        {
            var uniform = SyntheticData.Sample(DataKind.Uniform, s.Count, s.Dimension, new Random(s.Seed));
            var values = uniform.Inputs.Data;
            bool uniformLaw = values.All(v => v >= -1 && v <= 1) && GaussianBounds.BoundedMean(values, 0, -1, 1)
                && GaussianBounds.BoundedMean(values.Select(v => v * v).ToArray(), 1.0 / 3, 0, 1)
                && Hoeffding.Consistent(uniform.Labels.Count(l => l == 1), s.Count, 0.5) && uniform.Labels.All(l => l is 1 or -1);
            int count = Math.Min(s.Count, s.Dimension);
            var orthogonal = SyntheticData.Sample(DataKind.Orthogonal, count, s.Dimension, new Random(s.Seed));
            var axes = new HashSet<int>();
            bool orthogonalLaw = orthogonal.Labels.All(l => l is 1 or -1);
            for (int n = 0; n < count; n++)
            {
                var nonZero = Enumerable.Range(0, s.Dimension).Where(j => orthogonal.Inputs[n, j] != 0).ToArray();
                orthogonalLaw &= nonZero.Length == 1 && orthogonal.Inputs[n, nonZero[0]] == Math.Sqrt(s.Dimension) && axes.Add(nonZero[0]);
            }
            return (uniformLaw && orthogonalLaw).Label($"uniform {uniformLaw}, orthogonal {orthogonalLaw}");
        }), 30);

    [Fact]
    public void Data_sets_come_from_their_seed_with_separate_test_streams() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), Arb.From(Gen.Elements(DataKind.Gauss, DataKind.ShiftedGauss, DataKind.Uniform)), (s, kind) =>
        {
            var first = SyntheticData.Create(kind, s.Count, 7, s.Dimension, s.Seed);
            var again = SyntheticData.Create(kind, s.Count, 7, s.Dimension, s.Seed);
            var other = SyntheticData.Create(kind, s.Count, 7, s.Dimension, s.Seed ^ 1);
            return (first.Train.Inputs.Data.SequenceEqual(again.Train.Inputs.Data) && first.Test.Inputs.Data.SequenceEqual(again.Test.Inputs.Data)
                && first.Train.Labels.SequenceEqual(again.Train.Labels) && first.Test.Count == 7 && first.Train.Count == s.Count
                && !first.Train.Inputs.Data.Take(7 * s.Dimension).SequenceEqual(first.Test.Inputs.Data)
                && !first.Train.Inputs.Data.SequenceEqual(other.Train.Inputs.Data)).Label($"{kind}");
        }), 30);

    [Fact]
    public void Impossible_sizes_and_kinds_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 0, 3, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticData.Sample(DataKind.Gauss, 3, 0, new Random(1)));
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Orthogonal, 4, 3, new Random(1)));
        Assert.Throws<ArgumentException>(() => SyntheticData.Sample(DataKind.Mnist, 4, 3, new Random(1)));
    }
}
