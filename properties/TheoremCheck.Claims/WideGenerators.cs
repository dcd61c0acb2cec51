using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Data;

namespace TheoremCheck.Claims;

/// <summary>
/// Generators of <see cref="WideInstance"/>: sizes are drawn log-uniformly between a floor and a ceiling (the
/// ceilings multiplied by the scale), so small and wide networks both occur. Orthogonal data needs N, tests ≤ d.
/// Shrinking jumps to the floor of, or halves, d, N, m, the steps and the test points (halving keeps shrink chains short: each candidate reruns the pipeline), then goes to γ = 0 and Gaussian data.
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
        IEnumerable<WideInstance> Candidates()
        {
            if (x.Dim > r.MinDim) { yield return x with { Dim = r.MinDim }; yield return x with { Dim = Math.Max(r.MinDim, x.Dim / 2) }; }
            if (x.Samples > r.MinSamples) { yield return x with { Samples = r.MinSamples }; yield return x with { Samples = Math.Max(r.MinSamples, x.Samples / 2) }; }
            if (x.Width > r.MinWidth) { yield return x with { Width = r.MinWidth }; yield return x with { Width = Math.Max(r.MinWidth, x.Width / 2) }; }
            if (x.StepsF > r.MinSteps) yield return x with { StepsF = Math.Max(r.MinSteps, x.StepsF / 2) };
            if (x.StepsG > r.MinSteps) yield return x with { StepsG = Math.Max(r.MinSteps, x.StepsG / 2) };
            if (x.TestPoints > 1) yield return x with { TestPoints = Math.Max(1, x.TestPoints / 2) };
            if (x.Slope != 0 && r.Slopes.Contains(0)) yield return x with { Slope = 0 };
            if (x.Data != DataKind.Gauss) yield return x with { Data = DataKind.Gauss };
        }
        return Candidates().Select(Fit).Where(c => c != x).Distinct();
    }
}
