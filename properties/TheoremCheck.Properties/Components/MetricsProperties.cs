using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// sgn with sgn(0) = 0, accuracy (share of outputs whose sign is the label, so an output of 0 is never right) and
/// agreement (share of points where the signs are equal, 0 agreeing with 0) against counting loops, over doubles and
/// rationals, with zeros, -0.0 and tiny values among the outputs.
/// </summary>
public sealed class MetricsProperties
{
    private static readonly Gen<double> Output = Gen.Frequency(
        (5, Gen.Choose(-3, 3).Select(k => k / 2.0)),
        (1, Gen.Elements(0.0, -0.0, double.Epsilon, -double.Epsilon)));

    private static int ExpectedSign(double v) => v > 0 ? 1 : v < 0 ? -1 : 0;

    [Fact]
    public void Sign_accuracy_and_agreement_are_counts() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, 40).SelectMany(n =>
            from f in Gen.ArrayOf(Output, n) from g in Gen.ArrayOf(Output, n) from y in Gen.ArrayOf(Gen.Elements(1, -1), n) select (f, g, y))), t =>
        {
            var (f, g, y) = t;
            int n = f.Length;
            double accuracy = n == 0 ? 0 : (double)Enumerable.Range(0, n).Count(k => ExpectedSign(f[k]) == y[k]) / n;
            double agreement = n == 0 ? 0 : (double)Enumerable.Range(0, n).Count(k => ExpectedSign(f[k]) == ExpectedSign(g[k])) / n;
            var fExact = f.Select(Rational.FromDouble).ToArray();
            var gExact = g.Select(Rational.FromDouble).ToArray();
            bool signs = f.All(v => Metrics.Sign(v) == ExpectedSign(v)) && fExact.All(v => Metrics.Sign(v) == v.Sign);
            return (signs && Metrics.Accuracy(f, y) == accuracy && Metrics.Accuracy(fExact, y) == accuracy
                && Metrics.Agreement(f, g) == agreement && Metrics.Agreement(fExact, gExact) == agreement)
                .Label($"accuracy {Metrics.Accuracy(f, y)} vs {accuracy}, agreement {Metrics.Agreement(f, g)} vs {agreement}");
        }), 200);

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Metrics.Accuracy(new[] { 1.0 }, new[] { 1, 1 }));
        Assert.Throws<ArgumentException>(() => Metrics.Agreement(new[] { 1.0 }, new[] { 1.0, 2.0 }));
    }
}
