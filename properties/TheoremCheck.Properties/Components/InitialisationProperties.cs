using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using R = TheoremCheck.Claims.ExactReference;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Initialisation by its law (THEORY §2): w_i ~ N(0, I_d/d), b_i ~ N(0, 1), a_i ~ N(0, 1/m), checked with
/// <see cref="GaussianBounds"/> on the standardised draws; symmetric initialisation pairs neuron 2j+1 with 2j (same
/// w and b, readout negated) so f_0 ≡ 0; rounded to the grid (exact runs), every draw is the nearest multiple of 1/64,
/// and without rounding a rational network holds the double draws exactly.
/// </summary>
public sealed class InitialisationProperties
{
    private static readonly Gen<(int Seed, int Width, int Dimension)> Sizes =
        from seed in Gen.Choose(0, int.MaxValue)
        from halfWidth in Gen.Choose(100, 300)
        from d in Gen.Choose(1, 30)
        select (seed, 2 * halfWidth, d);

    [Fact]
    public void Gaussian_initialisation_has_the_stated_variances() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), s =>
        {
            var net = Initialisation.Create(s.Width, s.Dimension, 0.0, InitKind.Gaussian, Seeding.Stream(s.Seed, "init-f"));
            bool w = GaussianBounds.StandardNormal(net.Weights.Data.Select(v => v * Math.Sqrt(s.Dimension)).ToArray());
            bool b = GaussianBounds.StandardNormal(net.Bias);
            bool a = GaussianBounds.StandardNormal(net.Readout.Select(v => v * Math.Sqrt(s.Width)).ToArray());
            return (w && b && a && net.Width == s.Width && net.Dimension == s.Dimension).Label($"w {w}, b {b}, a {a}");
        }), 20);

    [Fact]
    public void Symmetric_initialisation_pairs_neurons_and_starts_at_zero() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), Arb.From(Gen.ArrayOf(Dyadic.Vector(30, 2, 1), 3)), (s, points) =>
        {
            var net = Initialisation.Create(s.Width, s.Dimension, new Rational(1, 4), InitKind.Symmetric, Seeding.Stream(s.Seed, "init-f"), roundToGrid: true);
            bool pairs = true;
            for (int i = 0; i < s.Width; i += 2)
            {
                pairs &= net.Bias[i] == net.Bias[i + 1] && net.Readout[i + 1] == -net.Readout[i];
                for (int j = 0; j < s.Dimension; j++) pairs &= net.Weights[i, j] == net.Weights[i + 1, j];
            }
            var readouts = Enumerable.Range(0, s.Width / 2).Select(j => net.Readout[2 * j].ToDouble() * Math.Sqrt(s.Width)).ToArray();
            bool zero = points.All(p => R.Output(net, Dyadic.ToRational(p[..s.Dimension])).IsZero && net.Output(Dyadic.ToRational(p[..s.Dimension])).IsZero);
            // The exact readouts are rounded to 1/64 (spread ≤ 1/128 · √m per standardised draw), so only the
            // doubles are tested for the law; here the pairs and a zero start.
            return (pairs && zero && readouts.Distinct().Count() > 1).Label($"pairs {pairs}, f_0 = 0 {zero}");
        }), 20);

    /// <summary>
    /// Symmetric initialisation draws m/2 neurons with the law of the Gaussian one, readout variance 1/m for the full
    /// width m (not 1/(m/2)). With m/2 ≥ 300 draws the χ² bound accepts Q/K below 1.68, so a doubled variance fails.
    /// </summary>
    [Fact]
    public void Symmetric_initialisation_has_the_stated_variances() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Sizes), s =>
        {
            int width = 2 * s.Width + 200;
            var net = Initialisation.Create(width, s.Dimension, 0.0, InitKind.Symmetric, Seeding.Stream(s.Seed, "init-f"));
            var first = Enumerable.Range(0, width / 2).Select(j => 2 * j).ToArray();
            bool w = GaussianBounds.StandardNormal(first.SelectMany(i => net.Weights.Row(i).ToArray()).Select(v => v * Math.Sqrt(s.Dimension)).ToArray());
            bool b = GaussianBounds.StandardNormal(first.Select(i => net.Bias[i]).ToArray());
            bool a = GaussianBounds.StandardNormal(first.Select(i => net.Readout[i] * Math.Sqrt(width)).ToArray());
            // f_0 = Σ over pairs of a φ - a φ: zero up to the rounding of a sum of m terms, |error| ≤ (m + 1) 2^-53 Σ_i |a_i φ(u_i)|.
            var z = net.Weights.Row(0).ToArray();
            double magnitude = Enumerable.Range(0, width).Sum(i => Math.Abs(net.Readout[i] * Math.Max(0, net.Preactivation(i, z))));
            bool zero = Math.Abs(net.Output(z)) <= (width + 1) * Math.ScaleB(magnitude, -53);
            return (w && b && a && zero).Label($"w {w}, b {b}, a {a}, f_0 ≈ 0 {zero}");
        }), 20);

    [Fact]
    public void Exact_draws_are_the_nearest_multiples_of_one_sixty_fourth() =>
        ComponentCheck.Run(Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 20)), Arb.From(Gen.Choose(1, 6)), (seed, m, d) =>
        {
            var exact = Initialisation.Create(m, d, Rational.Zero, InitKind.Gaussian, Seeding.Stream(seed, "init-f"), roundToGrid: true);
            var unrounded = Initialisation.Create(m, d, Rational.Zero, InitKind.Gaussian, Seeding.Stream(seed, "init-f"));
            var real = Initialisation.Create(m, d, 0.0, InitKind.Gaussian, Seeding.Stream(seed, "init-f"));
            var pairs = exact.Weights.Data.Zip(real.Weights.Data).Concat(exact.Bias.Zip(real.Bias)).Concat(exact.Readout.Zip(real.Readout));
            var half = new Rational(1, 128);
            bool exactValues = unrounded.Weights.Data.Select(v => v.ToDouble()).SequenceEqual(real.Weights.Data) && unrounded.Bias.Select(v => v.ToDouble()).SequenceEqual(real.Bias);
            return (exactValues && pairs.All(p => (p.First * 64).IsInteger && Rational.Abs(p.First - Rational.FromDouble(p.Second)) <= half)).Label($"m {m}, d {d}");
        }), 40);

    [Fact]
    public void Impossible_shapes_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Initialisation.Create(0, 2, 0.0, InitKind.Gaussian, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Initialisation.Create(2, 0, 0.0, InitKind.Gaussian, new Random(1)));
        Assert.Throws<ArgumentException>(() => Initialisation.Create(3, 2, 0.0, InitKind.Symmetric, new Random(1)));
    }
}
