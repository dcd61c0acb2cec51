using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Claims;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties;

/// <summary>The generators stay in their stated ranges, print a parseable form, and shrink toward smaller instances.</summary>
public sealed class GeneratorProperties
{
    private static readonly Config Fixed = Config.QuickThrowOnFailure.WithMaxTest(100)
        .WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(ReplaySeed.Default.ToRnd(), Microsoft.FSharp.Core.FSharpOption<int>.None)));

    [Theory]
    [InlineData(InitKind.Gaussian)]
    [InlineData(InitKind.Symmetric)]
    public void Exact_instances_are_in_range_and_print_a_parseable_form(InitKind init)
    {
        Check.One(Fixed, Prop.ForAll(ExactGenerators.Instances(init), x =>
            x.Samples is >= 1 and <= 6 && x.Dimension is >= 1 and <= 4 && x.Width is >= 1 and <= 8
            && (init == InitKind.Gaussian || x.Width % 2 == 0)
            && x.Steps is >= 1 and <= 4 && x.Inputs.All(r => r.Length == x.Dimension)
            && x.Inputs.SelectMany(r => r).All(v => Rational.Abs(v) <= 1 && (v * ExactGenerators.CoordinateDenominator).IsInteger)
            && ExactGenerators.Slopes.Contains(x.Slope) && ExactGenerators.LearningRates.Contains(x.LearningRate)
            && Same(ExactInstance.Parse(Inner(x.ToString())), x)));
    }

    [Fact]
    public void Exact_shrink_candidates_are_never_larger()
    {
        Check.One(Fixed, Prop.ForAll(ExactGenerators.Instances(InitKind.Symmetric), x =>
            ExactGenerators.Shrink(x).All(s => s.Samples <= x.Samples && s.Dimension <= x.Dimension && s.Width <= x.Width
                && s.Width % 2 == 0 && s.Steps <= x.Steps && s.TestPoints.Length <= x.TestPoints.Length && !Same(s, x))));
    }

    [Fact]
    public void Wide_instances_print_a_parseable_form_and_shrink_toward_smaller_sizes_or_seeds()
    {
        Check.One(Fixed, Prop.ForAll(WideGenerators.Instances(WideClaims.AnyRanges, 1), x =>
            WideInstance.Parse(Inner(x.ToString())) == x
            && (x.Data != DataKind.Orthogonal || (x.Samples <= x.Dim && x.TestPoints <= x.Dim))
            && WideGenerators.Shrink(x, WideClaims.AnyRanges).All(s => s.Dim <= x.Dim && s.Samples <= x.Samples
                && s.Width <= x.Width && s.StepsF <= x.StepsF && s.StepsG <= x.StepsG && s.Seed <= x.Seed && s != x
                && (s.Seed < x.Seed || s.TestPoints <= x.TestPoints))));
    }

    [Fact]
    public void Wide_shrinker_offers_every_smaller_size_near_the_floor_smallest_first()
    {
        Check.One(Fixed, Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (floor, above) =>
        {
            int value = floor + above;
            var sizes = WideGenerators.SmallerSizes(value, floor).ToList();
            var every = Enumerable.Range(floor, Math.Min(above, WideGenerators.EverySizeSpan));
            return sizes.Take(every.Count()).SequenceEqual(every) && sizes.All(z => z >= floor && z < value)
                && sizes.Zip(sizes.Skip(1)).All(p => p.First < p.Second) && sizes.Contains(value - 1);
        }));
    }

    [Fact]
    public void Kernel_instances_are_never_narrower_than_the_width_where_the_bound_decides()
    {
        Check.One(Fixed, Prop.ForAll(WideGenerators.Instances(WideClaims.KernelRanges, 1), x =>
            x.Width >= WideClaims.KernelMinimumWidth(x.Slope, x.Samples * x.TestPoints)
            && WideClaims.KernelBound(x.Width, x.Slope, WideClaims.KernelLogTerm(x.Samples * x.TestPoints)) <= (1 - x.Slope) * (1 - x.Slope) / 4
            && WideGenerators.Shrink(x, WideClaims.KernelRanges).All(s => s.Width >= WideClaims.KernelMinimumWidth(s.Slope, s.Samples * s.TestPoints))));
    }

    /// <summary>Neuron i (pair i when symmetric) is drawn before neuron i + 1 whatever the width, so a narrower network
    /// keeps the first neurons of a wider one; only the readout scale 1/√m differs.</summary>
    [Theory]
    [InlineData(InitKind.Gaussian)]
    [InlineData(InitKind.Symmetric)]
    public void Narrower_networks_keep_the_neurons_of_wider_ones(InitKind init)
    {
        var sizes = from width in Gen.Choose(1, 40) from narrower in Gen.Choose(1, 40) from d in Gen.Choose(1, 9) from seed in Gen.Choose(0, 1000)
                    select (Wide: 2 * Math.Max(width, narrower), Narrow: 2 * Math.Min(width, narrower), d, seed);
        Check.One(Fixed, Prop.ForAll(sizes.ToArbitrary(), c =>
        {
            var wide = Initialisation.Create(c.Wide, c.d, 0.25, init, Seeding.Stream(c.seed, "init-f"));
            var narrow = Initialisation.Create(c.Narrow, c.d, 0.25, init, Seeding.Stream(c.seed, "init-f"));
            double rescale = Math.Sqrt((double)c.Wide / c.Narrow);
            return Enumerable.Range(0, c.Narrow).All(i =>
                wide.Weights.RowArray(i).SequenceEqual(narrow.Weights.RowArray(i)) && wide.Bias[i] == narrow.Bias[i]
                // Eight roundings at most (two square roots, two divisions, three products, a negation is exact): 8u relative.
                && Math.Abs(wide.Readout[i] * rescale - narrow.Readout[i]) <= 8 * RoundingBounds.UnitRoundoff * Math.Abs(narrow.Readout[i]));
        }));
    }

    [Theory]
    [InlineData(DataKind.Gauss)]
    [InlineData(DataKind.ShiftedGauss)]
    [InlineData(DataKind.Uniform)]
    [InlineData(DataKind.Orthogonal)]
    public void Fewer_samples_are_a_prefix_of_more(DataKind kind)
    {
        var sizes = from d in Gen.Choose(1, 12) from more in Gen.Choose(1, 12) from fewer in Gen.Choose(1, 12) from seed in Gen.Choose(0, 1000)
                    select (d, More: Math.Max(more, fewer), Fewer: Math.Min(more, fewer), seed);
        Check.One(Fixed, Prop.ForAll(sizes.ToArbitrary(), c =>
        {
            int more = kind == DataKind.Orthogonal ? Math.Min(c.More, c.d) : c.More, fewer = Math.Min(c.Fewer, more);
            var large = SyntheticData.Create(kind, more, more, c.d, c.seed);
            var small = SyntheticData.Create(kind, fewer, fewer, c.d, c.seed);
            return Enumerable.Range(0, fewer).All(n =>
                large.Train.Inputs.RowArray(n).SequenceEqual(small.Train.Inputs.RowArray(n)) && large.Train.Labels[n] == small.Train.Labels[n]
                && large.Test.Inputs.RowArray(n).SequenceEqual(small.Test.Inputs.RowArray(n)) && large.Test.Labels[n] == small.Test.Labels[n]);
        }));
    }

    [Fact]
    public void Replay_seed_round_trips_and_rejects_even_gamma()
    {
        var seed = new ReplaySeed(12345, 777);
        Assert.Equal(seed, ReplaySeed.Parse(seed.ToString()));
        Assert.Equal(new ReplaySeed(9, ReplaySeed.DefaultGamma), ReplaySeed.Parse("9"));
        Assert.Throws<ArgumentException>(() => ReplaySeed.Parse("1,2"));
    }

    /// <summary>The text inside ExactInstance.Parse("...").</summary>
    internal static string Inner(string printed)
    {
        int start = printed.IndexOf('"') + 1;
        return printed[start..printed.IndexOf('"', start)];
    }

    internal static bool Same(ExactInstance a, ExactInstance b) => a.ToString() == b.ToString();
}
