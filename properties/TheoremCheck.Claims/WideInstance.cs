using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Claims;

/// <summary>
/// A double-precision instance of the whole pipeline (THEORY §1-§2, scenario a, identity loss, plain GD, L2
/// attack): data set, d, N, test points, width m, slope γ, step η, steps of f and g (t = η S), ε, seed.
/// <see cref="ToString"/> is a <see cref="Parse"/> call that pastes into a regression test.
/// </summary>
public sealed record WideInstance(
    DataKind Data, int Dim, int Samples, int TestPoints, int Width, double Slope,
    double LearningRate, int StepsF, int StepsG, double Epsilon, int Seed)
{
    public double TimeF => LearningRate * StepsF;
    public double TimeG => LearningRate * StepsG;

    public ExperimentConfig ToConfig() => new()
    {
        Data = Data, Dim = Dim, Samples = Samples, TestSamples = TestPoints, Width = Width, Slope = Slope,
        LrF = LearningRate, LrG = LearningRate, EpochsF = StepsF, EpochsG = StepsG, Momentum = 0, Epsilon = Epsilon,
        Scenario = Scenario.A, Seed = Seed,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"WideInstance.Parse(\"data={Data} | d={Dim} | N={Samples} | tests={TestPoints} | m={Width} | gamma={Slope:R} | eta={LearningRate:R} | stepsF={StepsF} | stepsG={StepsG} | epsilon={Epsilon:R} | seed={Seed}\")");

    public static WideInstance Parse(string text)
    {
        var f = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries)).ToDictionary(p => p[0], p => p[1]);
        int I(string k) => int.Parse(f[k], CultureInfo.InvariantCulture);
        double D(string k) => double.Parse(f[k], CultureInfo.InvariantCulture);
        return new WideInstance(Enum.Parse<DataKind>(f["data"]), I("d"), I("N"), I("tests"), I("m"), D("gamma"), D("eta"),
            I("stepsF"), I("stepsG"), D("epsilon"), I("seed"));
    }
}

/// <summary>
/// Generators of <see cref="WideInstance"/>: sizes are drawn log-uniformly between a floor and a ceiling (the
/// ceilings multiplied by the scale), so small and wide networks both occur. Orthogonal data needs N, tests ≤ d.
/// Shrinking tries smaller N, m, d, test points and steps (see <see cref="SmallerSizes"/>), then γ = 0 and Gaussian data.
/// </summary>
public static class WideGenerators
{
    public static readonly DataKind[] DataKinds = [DataKind.Gauss, DataKind.ShiftedGauss, DataKind.Uniform, DataKind.Orthogonal];

    /// <summary>The ranges one claim draws from; each maximum is multiplied by the scale.</summary>
    public sealed record Ranges(
        int MinDim, int MaxDim, int MinSamples, int MaxSamples, int MinWidth, int MaxWidth, int MinSteps, int MaxSteps,
        int TestPoints, double[] LearningRates, double[] Epsilons, double[] Slopes);

    public static Arbitrary<WideInstance> Instances(Ranges r, int scale) => Arb.From(Generator(r, scale), x => Shrink(x, r));

    public static Gen<WideInstance> Generator(Ranges r, int scale) =>
        from data in Gen.Elements(DataKinds)
        from d in LogUniform(r.MinDim, r.MaxDim * scale)
        from n in LogUniform(r.MinSamples, r.MaxSamples * scale)
        from m in LogUniform(r.MinWidth, r.MaxWidth * scale)
        from stepsF in LogUniform(r.MinSteps, r.MaxSteps * scale)
        from stepsG in LogUniform(r.MinSteps, r.MaxSteps * scale)
        from eta in Gen.Elements(r.LearningRates)
        from epsilon in Gen.Elements(r.Epsilons)
        from slope in Gen.Elements(r.Slopes)
        from seed in Gen.Choose(0, 100_000)
        select Fit(new WideInstance(data, d, n, r.TestPoints, m, slope, eta, stepsF, stepsG, epsilon, seed));

    /// <summary>Orthogonal data has at most d samples and d test points.</summary>
    private static WideInstance Fit(WideInstance x) => x.Data == DataKind.Orthogonal
        ? x with { Samples = Math.Min(x.Samples, x.Dim), TestPoints = Math.Min(x.TestPoints, x.Dim) }
        : x;

    private static Gen<int> LogUniform(int min, int max) =>
        Gen.Choose(0, 1000).Select(u => (int)Math.Round(min * Math.Pow((double)max / min, u / 1000.0)));

    public static IEnumerable<WideInstance> Shrink(WideInstance x, Ranges r)
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
            foreach (int s in SmallerSizes(x.StepsG, r.MinSteps)) yield return x with { StepsG = s };
            if (x.Slope != 0 && r.Slopes.Contains(0)) yield return x with { Slope = 0 };
            if (x.Data != DataKind.Gauss) yield return x with { Data = DataKind.Gauss };
        }
        return Candidates().Select(Fit).Where(c => c != x).Distinct();
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

    /// <summary>Below this distance from the floor every smaller size is a candidate.</summary>
    public const int EverySizeSpan = 32;
}
