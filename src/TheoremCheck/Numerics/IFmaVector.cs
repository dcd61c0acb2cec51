namespace TheoremCheck.Numerics;

/// <summary>
/// A vector of doubles that the product's register tiles accumulate in: load, broadcast, store and a fused
/// multiply-add with one rounding per lane. Every <see cref="ILaneBlock{TSelf}"/> is one; so is
/// <see cref="HalfBlock256"/>, for the last four columns of a ragged panel.
/// </summary>
internal unsafe interface IFmaVector<TSelf> where TSelf : struct, IFmaVector<TSelf>
{
    static abstract TSelf Load(double* source);
    static abstract TSelf Broadcast(double value);
    static abstract void Store(TSelf vector, double* destination);
    /// <summary>left·right + addend with one rounding.</summary>
    static abstract TSelf FusedMultiplyAdd(TSelf left, TSelf right, TSelf addend);
}
