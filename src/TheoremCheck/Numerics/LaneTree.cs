using System.Runtime.CompilerServices;

namespace TheoremCheck.Numerics;

/// <summary>
/// The fixed last step of every eight-lane sum in double: lanes l0..l7 combined as
/// ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7)), the same on every <see cref="VectorPath"/>.
/// </summary>
internal static unsafe class LaneTree
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Combine(double* lanes) =>
        ((lanes[0] + lanes[4]) + (lanes[2] + lanes[6])) + ((lanes[1] + lanes[5]) + (lanes[3] + lanes[7]));
}
