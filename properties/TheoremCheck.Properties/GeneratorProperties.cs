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
    public void Wide_instances_print_a_parseable_form_and_shrink_toward_smaller_sizes()
    {
        Check.One(Fixed, Prop.ForAll(WideGenerators.Instances(WideClaims.AnyRanges, 1), x =>
            WideInstance.Parse(Inner(x.ToString())) == x
            && (x.Data != DataKind.Orthogonal || (x.Samples <= x.Dim && x.TestPoints <= x.Dim))
            && WideGenerators.Shrink(x, WideClaims.AnyRanges).All(s => s.Dim <= x.Dim && s.Samples <= x.Samples
                && s.Width <= x.Width && s.StepsF <= x.StepsF && s.StepsG <= x.StepsG && s != x)));
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
