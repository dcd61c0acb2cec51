using System.Numerics;

namespace TheoremCheck.Networks;

/// <summary>Leaky ReLU of slope γ (THEORY §2): φ(u) = u if u ≥ 0 else γu; φ'(u) = 1 if u ≥ 0 else γ (φ'(0) = 1).</summary>
public static class LeakyRelu
{
    public static bool IsActive<T>(T preactivation) where T : INumber<T>
        => preactivation >= T.AdditiveIdentity;

    public static T Value<T>(T u, T slope) where T : INumber<T>
        => u >= T.AdditiveIdentity ? u : slope * u;

    public static T Derivative<T>(T u, T slope) where T : INumber<T>
        => u >= T.AdditiveIdentity ? T.MultiplicativeIdentity : slope;
}
