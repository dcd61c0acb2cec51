using System.Numerics;
using TheoremCheck.Numerics;

namespace TheoremCheck.Training;

/// <summary>
/// Losses over the negative margin s = -y f(x) (THEORY §2): identity ℓ(s) = s, logistic
/// ℓ(s) = log(1 + e^s), exponential ℓ(s) = e^s. Only the identity loss is exact: the others need exp.
/// </summary>
public static class Loss
{
    public static bool IsExactCapable(LossKind kind) => kind == LossKind.Identity;

    /// <summary>ℓ'(s), computed without overflow: the logistic derivative is the sigmoid σ(s).</summary>
    public static T Derivative<T>(LossKind kind, T negativeMargin) where T : INumber<T>
    {
        if (kind == LossKind.Identity) return T.One;
        if (NumberTraits<T>.IsExact)
            throw new InvalidOperationException($"The {kind.ToString().ToLowerInvariant()} loss has no exact form; use the identity loss in exact mode.");
        double s = double.CreateChecked(negativeMargin);
        return T.CreateChecked(kind switch
        {
            LossKind.Logistic => Sigmoid(s),
            LossKind.Exponential => Math.Exp(s),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });
    }

    /// <summary>ℓ(s) in double, stably: log(1 + e^s) = max(s, 0) + log(1 + e^-|s|).</summary>
    public static double Value(LossKind kind, double s) => kind switch
    {
        LossKind.Identity => s,
        LossKind.Logistic => Math.Max(s, 0) + Math.Log(1 + Math.Exp(-Math.Abs(s))),
        LossKind.Exponential => Math.Exp(s),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static double Sigmoid(double s) => s >= 0 ? 1 / (1 + Math.Exp(-s)) : Math.Exp(s) / (1 + Math.Exp(s));
}
