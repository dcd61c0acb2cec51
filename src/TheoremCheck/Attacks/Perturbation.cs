using System.Diagnostics;
using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Attacks;

/// <summary>
/// Targeted single-step perturbation toward y^adv from the input gradient u = ∇_x f(x):
/// ℓ' > 0, so the loss gradient ∇_x ℓ(-y^adv f(x)) is parallel to -y^adv u and the step is along +y^adv u.
/// A zero gradient has no direction: the perturbation is then zero (documented choice, counted by callers).
/// </summary>
public static class Perturbation
{
    public static T[] Create<T>(ReadOnlySpan<T> gradient, int targetLabel, T epsilon, PerturbationNorm norm, int l0Coordinates = 0)
        where T : INumber<T>
    {
        if (targetLabel is not (1 or -1)) throw new ArgumentOutOfRangeException(nameof(targetLabel), $"Target label must be +1 or -1, got {targetLabel}.");
        int d = gradient.Length;
        // Arguments are checked before the zero-gradient shortcut, so a bad k or norm fails for every gradient.
        if (!Enum.IsDefined(norm)) throw new ArgumentOutOfRangeException(nameof(norm), $"Unknown perturbation norm {norm}.");
        if (norm == PerturbationNorm.L0 && (l0Coordinates < 1 || l0Coordinates > d))
            throw new ArgumentOutOfRangeException(nameof(l0Coordinates), $"L0 needs 1 <= k <= d = {d}, got k = {l0Coordinates}.");
        var r = new T[d];
        T signedEpsilon = targetLabel > 0 ? epsilon : -epsilon;
        if (IsZero(gradient)) return r;

        switch (norm)
        {
            case PerturbationNorm.L2 or PerturbationNorm.ScaledLinf or PerturbationNorm.None:
                T normaliser = Normaliser(gradient, norm);
                for (int j = 0; j < d; j++) r[j] = signedEpsilon * gradient[j] / normaliser;
                break;
            case PerturbationNorm.Linf:
                for (int j = 0; j < d; j++) r[j] = signedEpsilon * T.CreateChecked(T.Sign(gradient[j]));
                break;
            case PerturbationNorm.L0:
                foreach (int j in LargestMagnitudes(gradient, l0Coordinates))
                    r[j] = signedEpsilon * T.CreateChecked(T.Sign(gradient[j]));
                break;
            default:
                throw new UnreachableException();
        }
        return r;
    }

    /// <summary>
    /// s with r = ε y^adv u / s for the norms parallel to u (THEORY §3 E4): ||u||₂, ||u||_∞ or 1.
    /// Null for L∞ and L0, whose perturbations are not parallel to u. A zero gradient gets 1.
    /// </summary>
    public static T Normaliser<T>(ReadOnlySpan<T> gradient, PerturbationNorm norm)
        where T : INumber<T>
    {
        if (IsZero(gradient)) return T.MultiplicativeIdentity;
        switch (norm)
        {
            case PerturbationNorm.L2:
                if (!NumberTraits<T>.HasSquareRoot)
                    throw new InvalidOperationException(
                        "The L2 attack needs a square root, which exact arithmetic does not have; use ScaledLinf (same direction, L∞ length ε).");
                return NumberTraits<T>.Sqrt(MatrixProducts<T>.Dot(gradient, gradient));
            case PerturbationNorm.ScaledLinf:
                T max = T.AdditiveIdentity;
                foreach (var u in gradient) { var a = T.Abs(u); if (a > max) max = a; }
                return max;
            case PerturbationNorm.None:
                return T.MultiplicativeIdentity;
            default:
                throw new ArgumentException($"The {norm} perturbation is not parallel to the gradient; it has no normaliser.", nameof(norm));
        }
    }

    public static bool IsParallelToGradient(PerturbationNorm norm) =>
        norm is PerturbationNorm.L2 or PerturbationNorm.ScaledLinf or PerturbationNorm.None;

    public static bool IsZero<T>(ReadOnlySpan<T> gradient) where T : INumber<T>
    {
        foreach (var u in gradient) if (u != T.AdditiveIdentity) return false;
        return true;
    }

    /// <summary>Indices of the k largest |u_j|; ties go to the lower index so the choice is deterministic.</summary>
    public static int[] LargestMagnitudes<T>(ReadOnlySpan<T> gradient, int k)
        where T : INumber<T>
    {
        var magnitudes = new T[gradient.Length];
        for (int j = 0; j < magnitudes.Length; j++) magnitudes[j] = T.Abs(gradient[j]);
        var order = Enumerable.Range(0, gradient.Length).ToArray();
        Array.Sort(order, (p, q) => magnitudes[p] > magnitudes[q] ? -1 : magnitudes[p] < magnitudes[q] ? 1 : p.CompareTo(q));
        return order[..k];
    }
}
