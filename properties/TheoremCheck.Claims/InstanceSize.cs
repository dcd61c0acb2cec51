namespace TheoremCheck.Claims;

/// <summary>The sizes a shrink bound speaks of: samples N, dimension d, width m.</summary>
public readonly record struct InstanceSize(int Samples, int Dimension, int Width)
{
    /// <summary>The bound every exact false statement's shrunk counterexample must meet unless the claim states its own.</summary>
    public static InstanceSize ExactShrinkBound { get; } = new(3, 3, 4);

    /// <summary>The shrink bound a false statement is held to: its own, or for exact counterexamples <see cref="ExactShrinkBound"/>.</summary>
    public static InstanceSize? BoundFor(Claim claim, object? counterexample) =>
        claim.ShrinkBound ?? (counterexample is ExactInstance ? ExactShrinkBound : null);

    /// <summary>The sizes of an exact or wide instance; null for anything else.</summary>
    public static InstanceSize? Of(object? instance) => instance switch
    {
        ExactInstance x => new InstanceSize(x.Samples, x.Dimension, x.Width),
        WideInstance w => new InstanceSize(w.Samples, w.Dim, w.Width),
        _ => null,
    };

    /// <summary>Every size at most the bound's.</summary>
    public bool Within(InstanceSize bound) => Samples <= bound.Samples && Dimension <= bound.Dimension && Width <= bound.Width;

    public override string ToString() => $"N ≤ {Samples}, d ≤ {Dimension}, m ≤ {Width}";
}
