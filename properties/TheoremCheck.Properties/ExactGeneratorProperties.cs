using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Claims;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Properties.Components;
using Xunit.Abstractions;

namespace TheoremCheck.Properties;

/// <summary>
/// What the exact generator promises: every momentum it names (9/10, the reference value, among them), enough
/// cases with rank X &lt; d for the span test of E2 to decide, and a shrinker that offers every smaller size,
/// smallest first, and every smaller width again under the seeds below <see cref="ExactGenerators.ReseedLimit"/>.
/// </summary>
public sealed class ExactGeneratorProperties(ITestOutputHelper output)
{
    private const int Cases = 400;

    private static ExactInstance[] Sample(InitKind init, int seedOffset)
    {
        var settings = SuiteSettings.FromEnvironment();
        var rnd = new Rnd(settings.Replay.Seed + (ulong)seedOffset, settings.Replay.Gamma);
        return ExactGenerators.Generator(init).Sample(Cases, rnd, 50);
    }

    /// <summary>
    /// Half of the cases get a zero or copied column (rank X &lt; d for sure), so the share is at least 1/2 in
    /// expectation; Hoeffding at δ = 10⁻⁹ puts the share of 400 cases above 1/2 - sqrt(ln(2/δ)/800) = 0.336.
    /// </summary>
    [Theory]
    [InlineData(InitKind.Symmetric)]
    [InlineData(InitKind.Gaussian)]
    public void Rank_deficient_inputs_are_common(InitKind init)
    {
        var cases = Sample(init, 1);
        double share = cases.Count(x => ExactReference.Rank(x.Inputs) < x.Dimension) / (double)cases.Length;
        output.WriteLine($"rank X < d in {share:P1} of {cases.Length} {init} cases");
        Assert.True(share > 0.5 - Hoeffding.CountDeviation(Cases) / Cases, $"rank X < d in only {share:P1}");
    }

    /// <summary>Each momentum is drawn with probability 1/3: at least 1/3 - 0.164 of 400 cases each (Hoeffding, δ = 10⁻⁹).</summary>
    [Fact]
    public void Every_momentum_is_generated_the_reference_nine_tenths_included()
    {
        var cases = Sample(InitKind.Gaussian, 2);
        Assert.Contains(new Rational(9, 10), ExactGenerators.Momenta);
        foreach (var beta in ExactGenerators.Momenta)
            Assert.True(Hoeffding.Consistent(cases.Count(x => x.Momentum == beta), Cases, 1.0 / ExactGenerators.Momenta.Length), $"β = {beta}");
    }

    [Fact]
    public void Shrinker_offers_every_smaller_size_smallest_first() =>
        ComponentCheck.Run(Prop.ForAll(ExactGenerators.Instances(InitKind.Gaussian), ExactGenerators.Instances(InitKind.Symmetric), (g, s) =>
        {
            bool Offers(ExactInstance x)
            {
                var candidates = ExactGenerators.Shrink(x).ToList();
                int step = x.Init == InitKind.Symmetric ? 2 : 1;
                var widths = candidates.Where(c => c.Width != x.Width && c.Seed == x.Seed).Select(c => c.Width).ToList();
                var reseeded = candidates.Where(c => c.Seed != x.Seed && c.Seed < ExactGenerators.ReseedLimit && c.Width < x.Width).Select(c => (c.Seed, c.Width)).ToHashSet();
                bool everySeed = Enumerable.Range(0, ExactGenerators.ReseedLimit).Where(seed => seed != x.Seed)
                    .All(seed => Enumerable.Range(1, x.Width / step - 1).All(k => reseeded.Contains((seed, k * step))));
                var samples = candidates.Where(c => c.Samples != x.Samples).Select(c => c.Samples).Distinct().ToList();
                var dims = candidates.Where(c => c.Dimension != x.Dimension).Select(c => c.Dimension).Distinct().ToList();
                var steps = candidates.Where(c => c.Steps != x.Steps).Select(c => c.Steps).ToList();
                var stepsG = candidates.Where(c => c.StepsG != x.StepsG).Select(c => c.StepsG).ToList();
                return widths.SequenceEqual(Enumerable.Range(1, x.Width / step - 1).Select(k => k * step)) && everySeed
                    && samples.SequenceEqual(Enumerable.Range(1, x.Samples - 1))
                    && dims.SequenceEqual(Enumerable.Range(1, x.Dimension - 1))
                    && steps.SequenceEqual(Enumerable.Range(1, x.Steps - 1)) && stepsG.SequenceEqual(Enumerable.Range(1, x.StepsG - 1))
                    && candidates.Where(c => c.Samples < x.Samples).Take(x.Samples - 1)
                        .Select((c, k) => c.Inputs.SequenceEqual(x.Inputs[..(k + 1)])).All(prefix => prefix);
            }
            return Offers(g) && Offers(s);
        }), 100);
}
