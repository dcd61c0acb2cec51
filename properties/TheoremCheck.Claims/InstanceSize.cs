namespace TheoremCheck.Claims;

/// <summary>The sizes a shrink bound speaks of: samples N, dimension d, width m.</summary>
public readonly record struct InstanceSize(int Samples, int Dimension, int Width)
{
    /// <summary>The sizes of an exact or wide instance; null for anything else.</summary>
    public static InstanceSize? Of(object? instance) => instance switch
    {
        ExactInstance x => new InstanceSize(x.Samples, x.Dimension, x.Width),
        WideInstance w => new InstanceSize(w.Samples, w.Dim, w.Width),
        _ => null,
    };

    /// <summary>Every size at most the bound's.</summary>
    public bool Within(InstanceSize bound) => Samples <= bound.Samples && Dimension <= bound.Dimension && Width <= bound.Width;

    public override string ToString() => $"N = {Samples}, d = {Dimension}, m = {Width}";
}
