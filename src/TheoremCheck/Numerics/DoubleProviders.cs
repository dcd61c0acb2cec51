namespace TheoremCheck.Numerics;

/// <summary>The <see cref="DoubleProvider{TBlock}"/> of each <see cref="VectorPath"/>: the hardware cascade's rungs as providers.</summary>
internal static class DoubleProviders
{
    /// <summary>The provider of <paramref name="path"/>; on hardware that does not accelerate the path it is slow, not wrong.</summary>
    public static IComputeProvider<double> For(VectorPath path) => path switch
    {
        VectorPath.Vector512 => DoubleProvider<LaneBlock512>.Instance,
        VectorPath.Vector256 => DoubleProvider<LaneBlock256>.Instance,
        VectorPath.Vector128 => DoubleProvider<LaneBlock128>.Instance,
        _ => DoubleProvider<LaneBlockScalar>.Instance,
    };
}
