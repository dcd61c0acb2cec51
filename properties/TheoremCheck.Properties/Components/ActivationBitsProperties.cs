using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;
using TheoremCheck.Training;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Activation patterns as bit sets against a bool per preactivation (active when u ≥ 0, so -0.0 and 0 are active):
/// the words, the changed-pattern marks and counts, over doubles (eight-lane comparisons on whole words) and
/// rationals, for lengths that end inside a word, on a word boundary and past several words.
/// </summary>
public sealed class ActivationBitsProperties
{
    private static readonly Gen<double> Preactivation = Gen.Frequency(
        (6, Dyadic.Value(3, 2)),
        (1, Gen.Elements(0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-300, -1e-300)));

    private static readonly Gen<(double[] Before, double[] After, double[] Later)> Triples =
        from length in Gen.Frequency((3, Gen.Choose(0, 200)), (1, Gen.Elements(63, 64, 65, 128, 129)))
        from before in Gen.ArrayOf(Preactivation, length)
        from after in Gen.ArrayOf(Preactivation, length)
        from later in Gen.ArrayOf(Preactivation, length)
        select (before, after, later);

    private static bool Active(double u) => !(u < 0);

    [Fact]
    public void Bits_marks_and_counts_match_a_bool_per_pattern() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Triples), t =>
        {
            var (before, after, later) = t;
            int n = before.Length;
            var initial = ActivationBits.Of<double>(before);
            var initialExact = ActivationBits.Of<Rational>(before.Select(Rational.FromDouble).ToArray());
            bool words = initial.Length == (n + 63) / 64 && initial.SequenceEqual(initialExact);
            for (int j = 0; j < n; j++) words &= ((initial[j / 64] >> (j % 64)) & 1) == (Active(before[j]) ? 1UL : 0);
            words &= ActivationBits.Count(initial) == before.Count(Active);

            var ever = new ulong[initial.Length];
            var current = new ulong[initial.Length];
            ActivationBits.MarkChanged<double>(after, initial, ever, current);
            words &= current.SequenceEqual(ActivationBits.Of<double>(after));
            ActivationBits.MarkChanged<Rational>(later.Select(Rational.FromDouble).ToArray(), initial, ever, current);
            words &= current.SequenceEqual(ActivationBits.Of<double>(later));
            int expectedEver = Enumerable.Range(0, n).Count(j => Active(after[j]) != Active(before[j]) || Active(later[j]) != Active(before[j]));
            int expectedNow = Enumerable.Range(0, n).Count(j => Active(after[j]) != Active(before[j]));
            bool counts = ActivationBits.Count(ever) == expectedEver && ActivationBits.CountChanged<double>(after, initial) == expectedNow
                && ActivationBits.CountChanged<Rational>(after.Select(Rational.FromDouble).ToArray(), initialExact) == expectedNow;
            return (words && counts).Label($"length {n}: words {words}, counts {counts}");
        }), 200);
}
