using TheoremCheck.Numerics;

namespace TheoremCheck.Pipeline;

/// <summary>
/// A counted share: <see cref="Hits"/> of <see cref="Total"/> points (an accuracy, an agreement). Kept as
/// integers so an exact run reports the exact fraction and a double run the same counts.
/// </summary>
public readonly record struct Proportion(int Hits, int Total)
{
    /// <summary>Hits / Total as a double (0 for no points).</summary>
    public double Share => Total == 0 ? 0 : (double)Hits / Total;

    /// <summary>Hits / Total in lowest terms (0 for no points).</summary>
    public Rational Fraction => Total == 0 ? Rational.Zero : new Rational(Hits, Total);

    public override string ToString() => $"{Hits}/{Total}";
}
