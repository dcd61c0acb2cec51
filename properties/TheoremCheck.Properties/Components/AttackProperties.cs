using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Attacks;
using TheoremCheck.Numerics;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// The attack of THEORY §2 against plain loops over integer gradients u_j = k_j · s (s = 1/D for rationals,
/// a power of two for doubles, so every product with a dyadic ε is exact): r = ε y^adv sign(u) for L∞, the same on
/// the k largest |u_j| for L0 (ties to the lower index), ε y^adv u / max|u| (scaled L∞), ε y^adv u (none),
/// ε y^adv u / ||u||₂ (L2); a zero gradient gives a zero perturbation. Target labels: their law, by counting.
/// </summary>
public sealed class AttackProperties
{
    private const int Cases = 300;

    /// <summary>An integer gradient with many zeros and repeated magnitudes (L0 ties), sometimes all zero.</summary>
    public sealed record IntegerGradient(int[] K, int Target, int EpsilonNumerator, int L0, int Exponent)
    {
        public int Dimension => K.Length;
        /// <summary>ε = EpsilonNumerator / 16: dyadic, so ε u_j is exact in double.</summary>
        public Rational EpsilonRational => new(EpsilonNumerator, 16);
        public double EpsilonDouble => EpsilonNumerator / 16.0;
    }

    private static readonly Gen<IntegerGradient> Gradients =
        from d in Gen.Choose(1, 12)
        from zero in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from coarse in Gen.Elements(true, false)
        from k in Gen.ArrayOf(coarse ? Gen.Choose(-3, 3) : Gen.Choose(-1000, 1000), d)
        from target in Gen.Elements(1, -1)
        from eps in Gen.Choose(1, 40)
        from l0 in Gen.Choose(1, d)
        from exponent in Gen.Choose(-40, 40)
        select new IntegerGradient(zero ? new int[d] : k, target, eps, l0, exponent);

    private static int Sign(int v) => v > 0 ? 1 : v < 0 ? -1 : 0;

    /// <summary>The k indices of largest |k_j|, chosen one at a time, the lowest index first among equals.</summary>
    private static List<int> LargestIndices(int[] k, int count)
    {
        var chosen = new List<int>();
        for (int c = 0; c < count; c++)
        {
            int best = -1;
            for (int j = 0; j < k.Length; j++)
                if (!chosen.Contains(j) && (best < 0 || Math.Abs(k[j]) > Math.Abs(k[best]))) best = j;
            chosen.Add(best);
        }
        return chosen;
    }

    /// <summary>The exact perturbation as fractions of the integer gradient (s the scale of u = k s).</summary>
    private static Fraction[] Expected(IntegerGradient g, PerturbationNorm norm, Fraction scale)
    {
        var eps = new Fraction(g.EpsilonNumerator * g.Target, 16);
        var r = Enumerable.Repeat(new Fraction(0, 1), g.Dimension).ToArray();
        if (g.K.All(v => v == 0)) return r;
        int max = g.K.Max(Math.Abs);
        for (int j = 0; j < g.Dimension; j++)
            r[j] = norm switch
            {
                PerturbationNorm.Linf => eps.Multiply(new Fraction(Sign(g.K[j]), 1)),
                PerturbationNorm.ScaledLinf => eps.Multiply(new Fraction(g.K[j], max)),
                PerturbationNorm.None => eps.Multiply(new Fraction(g.K[j], 1)).Multiply(scale),
                _ => r[j],
            };
        if (norm == PerturbationNorm.L0)
            foreach (int j in LargestIndices(g.K, g.L0)) r[j] = eps.Multiply(new Fraction(Sign(g.K[j]), 1));
        return r;
    }

    private static readonly PerturbationNorm[] ExactNorms = [PerturbationNorm.Linf, PerturbationNorm.L0, PerturbationNorm.ScaledLinf, PerturbationNorm.None];

    [Fact]
    public void Exact_perturbations_match_the_plain_loops() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gradients), g =>
        {
            var scale = new Fraction(1, 7);
            var u = g.K.Select(k => new Rational(k, 7)).ToArray();
            foreach (var norm in ExactNorms)
            {
                var r = Perturbation.Create<Rational>(u, g.Target, g.EpsilonRational, norm, g.L0);
                var expected = Expected(g, norm, scale);
                for (int j = 0; j < g.Dimension; j++)
                    if (!expected[j].Matches(r[j])) return false.Label($"{norm}: r_{j} = {r[j]}, expected {expected[j]} for {g}");
            }
            return true.Label("");
        }), Cases);

    /// <summary>
    /// In double, u_j = k_j 2^e and ε = n/16 make ε y u_j exact, so L∞, L0 and none are exact and the scaled L∞
    /// value is the division's single rounding of the exact quotient: equal to the nearest double of the oracle.
    /// </summary>
    [Fact]
    public void Double_perturbations_are_the_exact_values_correctly_rounded() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gradients), g =>
        {
            var u = g.K.Select(k => Math.ScaleB(k, g.Exponent)).ToArray();
            var scale = g.Exponent >= 0 ? new Fraction(BigInteger.Pow(2, g.Exponent), 1) : new Fraction(1, BigInteger.Pow(2, -g.Exponent));
            foreach (var norm in ExactNorms)
            {
                var r = Perturbation.Create<double>(u, g.Target, g.EpsilonDouble, norm, g.L0);
                var expected = Expected(g, norm, scale);
                for (int j = 0; j < g.Dimension; j++)
                    if (!r[j].Equals(DoubleValues.Nearest(expected[j])) && !(r[j] == 0 && expected[j].Sign == 0))
                        return false.Label($"{norm}: r_{j} = {r[j]:R}, expected {DoubleValues.Nearest(expected[j]):R} for {g}");
            }
            return true.Label("");
        }), Cases);

    /// <summary>
    /// L2: r_j = ε y k_j / sqrt(Σ k²). The library and this oracle each round the square root and the quotient once
    /// (Σ k_j² 2^2e is an exact integer multiple of a power of two, so the dot product is exact in any order),
    /// so both are within 2u of the real value, u = 2^-53, and within 4u(1 + 2u) of each other.
    /// </summary>
    [Fact]
    public void L2_perturbation_has_length_epsilon_along_the_target_times_the_gradient() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gradients), g =>
        {
            var u = g.K.Select(k => Math.ScaleB(k, g.Exponent)).ToArray();
            var r = Perturbation.Create<double>(u, g.Target, g.EpsilonDouble, PerturbationNorm.L2);
            long squares = g.K.Sum(k => (long)k * k);
            const double u53 = 1.0 / (1L << 53);
            for (int j = 0; j < g.Dimension; j++)
            {
                double expected = squares == 0 ? 0 : g.Target * g.EpsilonDouble * g.K[j] / Math.Sqrt(squares);
                if (Math.Abs(r[j] - expected) > 4 * u53 * (1 + 2 * u53) * Math.Abs(expected))
                    return false.Label($"L2: r_{j} = {r[j]:R}, expected {expected:R} for {g}");
            }
            double normOfR = Math.Sqrt(r.Sum(v => v * v));
            return (squares == 0 ? normOfR == 0 : Math.Abs(normOfR - g.EpsilonDouble) <= (g.Dimension + 8) * u53 * g.EpsilonDouble).Label($"||r|| = {normOfR:R}");
        }), Cases);

    [Fact]
    public void Largest_magnitudes_are_ordered_and_ties_go_to_the_lower_index() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gradients), g =>
        {
            var expected = LargestIndices(g.K, g.L0);
            var fromRationals = Perturbation.LargestMagnitudes<Rational>(g.K.Select(k => (Rational)k).ToArray(), g.L0);
            var fromDoubles = Perturbation.LargestMagnitudes<double>(g.K.Select(k => (double)k).ToArray(), g.L0);
            return (fromRationals.SequenceEqual(expected) && fromDoubles.SequenceEqual(expected)).Label($"{string.Join(",", fromRationals)} vs {string.Join(",", expected)}");
        }), Cases);

    [Fact]
    public void Normaliser_is_the_norm_the_perturbation_divides_by() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gradients), g =>
        {
            var u = g.K.Select(k => (Rational)k).ToArray();
            bool zero = g.K.All(k => k == 0);
            var scaled = Perturbation.Normaliser<Rational>(u, PerturbationNorm.ScaledLinf);
            var none = Perturbation.Normaliser<Rational>(u, PerturbationNorm.None);
            double l2 = Perturbation.Normaliser<double>(g.K.Select(k => (double)k).ToArray(), PerturbationNorm.L2);
            return (scaled == (zero ? 1 : g.K.Max(Math.Abs)) && none == Rational.One
                && l2 == (zero ? 1 : Math.Sqrt(g.K.Sum(k => (long)k * k))) && Perturbation.IsZero<Rational>(u) == zero).Label($"{g}");
        }), Cases);

    [Theory]
    [InlineData(PerturbationNorm.Linf)]
    [InlineData(PerturbationNorm.L0)]
    public void Norms_not_parallel_to_the_gradient_have_no_normaliser(PerturbationNorm norm)
    {
        Assert.False(Perturbation.IsParallelToGradient(norm));
        var e = Assert.Throws<ArgumentException>(() => Perturbation.Normaliser<double>([1.0, -2.0], norm));
        Assert.Contains($"The {norm} perturbation is not parallel", e.Message);
    }

    [Theory]
    [InlineData(PerturbationNorm.L2)]
    [InlineData(PerturbationNorm.ScaledLinf)]
    [InlineData(PerturbationNorm.None)]
    public void Norms_parallel_to_the_gradient_say_so(PerturbationNorm norm) => Assert.True(Perturbation.IsParallelToGradient(norm));

    [Fact]
    public void The_L2_attack_over_rationals_names_the_exact_alternative()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Perturbation.Create<Rational>([Rational.One, 2], 1, Rational.One, PerturbationNorm.L2));
        Assert.Contains("ScaledLinf", e.Message);
    }

    [Fact]
    public void Bad_target_labels_L0_counts_and_norms_are_rejected_for_every_gradient() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(-5, 5)), Arb.From(Gradients), (label, g) =>
        {
            var u = g.K.Select(k => (double)k).ToArray();
            bool labelRejected = label is 1 or -1 || Rejects(() => Perturbation.Create<double>(u, label, 0.5, PerturbationNorm.Linf), $"got {label}");
            bool countRejected = Rejects(() => Perturbation.Create<double>(u, 1, 0.5, PerturbationNorm.L0, 0), "got k = 0")
                && Rejects(() => Perturbation.Create<double>(u, 1, 0.5, PerturbationNorm.L0, g.Dimension + 1), $"d = {g.Dimension}, got k = {g.Dimension + 1}")
                && Rejects(() => Perturbation.Create<double>(u, 1, 0.5, (PerturbationNorm)99), "norm 99");
            return labelRejected && countRejected;
        }), Cases / 3);

    /// <summary>Bad input fails with a message naming the bad value.</summary>
    private static bool Rejects(Action a, string naming)
    {
        try { a(); return false; }
        catch (ArgumentOutOfRangeException e) { return e.Message.Contains(naming); }
    }

    /// <summary>Random targets: every label ±1, a fair count of +1, fair agreement of neighbours (independence), and the same labels from the same seed.</summary>
    [Fact]
    public void Random_targets_are_independent_fair_signs() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 4000)), (seed, count) =>
        {
            var targets = TargetLabels.Draw(count, TargetKind.Random, Seeding.Stream(seed, "targets"));
            var again = TargetLabels.Draw(count, TargetKind.Random, Seeding.Stream(seed, "targets"));
            int positives = targets.Count(t => t == 1);
            int sameAsNext = Enumerable.Range(0, count - 1).Count(n => targets[n] == targets[n + 1]);
            return (targets.Length == count && targets.All(t => t is 1 or -1) && targets.SequenceEqual(again)
                && Hoeffding.Consistent(positives, count, 0.5) && Hoeffding.Consistent(sameAsNext, count - 1, 0.5))
                .Label($"{positives} of {count} positive, {sameAsNext} neighbours alike");
        }), Cases / 10);

    /// <summary>Balanced targets: exactly ⌊N/2⌋ of each sign plus one random odd one, the same from the same seed.</summary>
    [Fact]
    public void Balanced_targets_have_exactly_half_of_each_sign() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(0, 200)), (seed, count) =>
        {
            var targets = TargetLabels.Draw(count, TargetKind.Balanced, Seeding.Stream(seed, "targets"));
            int positives = targets.Count(t => t == 1), negatives = targets.Count(t => t == -1);
            return (targets.Length == count && positives + negatives == count && positives >= count / 2 && negatives >= count / 2
                && targets.SequenceEqual(TargetLabels.Draw(count, TargetKind.Balanced, Seeding.Stream(seed, "targets"))))
                .Label($"{positives} positive, {negatives} negative of {count}");
        }), Cases);

    /// <summary>
    /// The balanced shuffle is uniform: over T seeds, each arrangement of ⌊N/2⌋ +1 and ⌊N/2⌋ -1 (N = 4: 6 of them)
    /// appears with probability 1/6, every position is +1 with probability 1/2 (N = 2, 3, 5), and the odd one out
    /// is +1 half the time. A biased shuffle (a cyclic shuffle, a swap with any position, no shuffle) fails.
    /// </summary>
    [Fact]
    public void Balanced_shuffle_is_uniform_over_arrangements() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), start =>
        {
            const int trials = 6000;
            var arrangements = new Dictionary<string, int>();
            var positionCounts = new Dictionary<int, int[]> { [2] = new int[2], [3] = new int[3], [5] = new int[5] };
            int oddPositive = 0;
            for (int t = 0; t < trials; t++)
            {
                var four = TargetLabels.Draw(4, TargetKind.Balanced, Seeding.Stream(start + t, "targets"));
                string key = string.Join(",", four);
                arrangements[key] = arrangements.GetValueOrDefault(key) + 1;
                foreach (var (count, counts) in positionCounts)
                {
                    var targets = TargetLabels.Draw(count, TargetKind.Balanced, Seeding.Stream(start + t, "targets"));
                    for (int n = 0; n < count; n++) if (targets[n] == 1) counts[n]++;
                    if (count == 5 && targets.Sum() == 1) oddPositive++;
                }
            }
            bool uniform = arrangements.Count == 6 && arrangements.Values.All(c => Hoeffding.Consistent(c, trials, 1.0 / 6));
            bool positions = positionCounts.Values.All(counts => counts.All(c => Hoeffding.Consistent(c, trials, 0.5)));
            return (uniform && positions && Hoeffding.Consistent(oddPositive, trials, 0.5)).Label(
                $"arrangements {string.Join(" ", arrangements.Select(a => $"{a.Key}:{a.Value}"))}; positions " +
                string.Join(" ", positionCounts.Select(p => $"N={p.Key}: {string.Join(",", p.Value)}")) + $"; odd +1 {oddPositive}");
        }), 3);
}
