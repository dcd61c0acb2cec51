using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Data;

namespace TheoremCheck.Claims;

/// <summary>
/// Generators of <see cref="WideInstance"/>: sizes are drawn log-uniformly between a floor and a ceiling (the
/// ceilings multiplied by the scale), so small and wide networks both occur. Orthogonal data needs N, tests ≤ d.
/// Shrinking tries smaller N, m, d, test points and steps (see <see cref="SmallerSizes"/>), then γ = 0, Gaussian data and
/// small seeds.
/// </summary>
public static class WideGenerators
{
    public static readonly DataKind[] DataKinds = [DataKind.Gauss, DataKind.ShiftedGauss, DataKind.Uniform, DataKind.Orthogonal];

    public static Arbitrary<WideInstance> Instances(WideRanges r, double scale) => Arb.From(Generator(r, scale), x => Shrink(x, r));

    public static Gen<WideInstance> Generator(WideRanges r, double scale) =>
        from data in Gen.Elements(DataKinds)
        from d in LogUniform(r.MinDim, SuiteSettings.ScaledSize(r.MaxDim, scale, r.MinDim))
        from n in LogUniform(r.MinSamples, SuiteSettings.ScaledSize(r.MaxSamples, scale, r.MinSamples))
        from m in LogUniform(r.MinWidth, SuiteSettings.ScaledSize(r.MaxWidth, scale, r.MinWidth))
        from stepsF in LogUniform(r.MinSteps, SuiteSettings.ScaledSize(r.MaxSteps, scale, r.MinSteps))
        from stepsG in LogUniform(r.StepsG.Min, SuiteSettings.ScaledSize(r.StepsG.Max, scale, r.StepsG.Min))
        from eta in Gen.Elements(r.LearningRates)
        from epsilon in Gen.Elements(r.Epsilons)
        from slope in Gen.Elements(r.Slopes)
        from seed in Gen.Choose(0, 100_000)
        select Fit(new WideInstance(data, d, n, r.TestPoints, m, slope, eta, stepsF, stepsG, epsilon, seed), r);

    /// <summary>Orthogonal data has at most d samples and d test points; a width floor lifts the width.</summary>
    private static WideInstance Fit(WideInstance x, WideRanges r)
    {
        if (x.Data == DataKind.Orthogonal) x = x with { Samples = Math.Min(x.Samples, x.Dim), TestPoints = Math.Min(x.TestPoints, x.Dim) };
        return r.WidthFloor is { } floor ? x with { Width = Math.Max(x.Width, floor(x)) } : x;
    }

    private static Gen<int> LogUniform(int min, int max) => min <= 0
        ? Gen.Choose(min, max)
        : Gen.Choose(0, 1000).Select(u => (int)Math.Round(min * Math.Pow((double)max / min, u / 1000.0)));

    public static IEnumerable<WideInstance> Shrink(WideInstance x, WideRanges r)
    {
        // FsCheck takes the first candidate that still fails and shrinks again from there, so each size is offered
        // smallest first: the floor, then every size above it. Sizes keep what was drawn (a smaller N or test count is
        // a prefix of the samples, a smaller width a prefix of the neurons), so a shrunk instance is part of the one
        // it came from rather than a fresh draw.
        IEnumerable<WideInstance> Candidates()
        {
            foreach (int n in SmallerSizes(x.Samples, r.MinSamples)) yield return x with { Samples = n };
            foreach (int m in SmallerSizes(x.Width, r.MinWidth)) yield return x with { Width = m };
            foreach (int d in SmallerSizes(x.Dim, r.MinDim)) yield return x with { Dim = d };
            foreach (int k in SmallerSizes(x.TestPoints, 1)) yield return x with { TestPoints = k };
            foreach (int s in SmallerSizes(x.StepsF, r.MinSteps)) yield return x with { StepsF = s };
            foreach (int s in SmallerSizes(x.StepsG, r.StepsG.Min)) yield return x with { StepsG = s };
            if (x.Slope != 0 && r.Slopes.Contains(0)) yield return x with { Slope = 0 };
            if (x.Data != DataKind.Gauss) yield return x with { Data = DataKind.Gauss };
            // Last, smaller seeds with the smallest combinations of N, m and d up to the current ones: fresh draws at the
            // sizes reached so far. A smaller d redraws every weight and sample (the draws depend on d), and a seed may
            // have no failing smaller size where another has. They come with the range's full set of test points, where
            // a disagreement is likelier (later shrinks take the count down again). Seeds only decrease, so shrinking ends.
            foreach (var (n, m, d) in SmallestSizes(x, r).Take(SmallCombinations))
                for (int seed = 0; seed < Math.Min(x.Seed, SeedCandidates); seed++)
                    yield return x with { Samples = n, Width = m, Dim = d, Seed = seed, TestPoints = Math.Max(x.TestPoints, r.TestPoints) };
        }
        return Candidates().Select(c => Fit(c, r)).Where(c => c != x).Distinct();
    }

    /// <summary>(N, m, d) from the floors up to the instance's sizes, by increasing N + m + d.</summary>
    private static IEnumerable<(int N, int M, int D)> SmallestSizes(WideInstance x, WideRanges r)
    {
        int lowest = r.MinSamples + r.MinWidth + r.MinDim, highest = x.Samples + x.Width + x.Dim;
        for (int total = lowest; total <= highest; total++)
            for (int n = r.MinSamples; n <= Math.Min(x.Samples, total - r.MinWidth - r.MinDim); n++)
                for (int m = r.MinWidth; m <= Math.Min(x.Width, total - n - r.MinDim); m++)
                {
                    int d = total - n - m;
                    if (d >= r.MinDim && d <= x.Dim) yield return (n, m, d);
                }
    }

    /// <summary>Every size from <paramref name="floor"/> up to <paramref name="value"/> - 1, ascending, when that is at most
    /// <see cref="EverySizeSpan"/> sizes; above that the first <see cref="EverySizeSpan"/> sizes from the floor, then sizes
    /// that halve the remaining distance to <paramref name="value"/> (each candidate reruns the pipeline, so a wide
    /// instance must not try two thousand widths; once it is small, every size is tried).</summary>
    public static IEnumerable<int> SmallerSizes(int value, int floor)
    {
        if (value <= floor) yield break;
        int every = Math.Min(value - floor, EverySizeSpan);
        for (int size = floor; size < floor + every; size++) yield return size;
        int last = floor + every - 1;
        for (int gap = (value - floor) / 2; gap >= 1; gap /= 2)
            if (value - gap > last) yield return last = value - gap;
    }

    /// <summary>Seeds 0 .. this - 1 are tried (when smaller than the instance's) after every size.</summary>
    public const int SeedCandidates = 64;

    /// <summary>At most this many (N, m, d) combinations are tried with each smaller seed.</summary>
    public const int SmallCombinations = 64;

    /// <summary>Below this distance from the floor every smaller size is a candidate.</summary>
    public const int EverySizeSpan = 32;
}
