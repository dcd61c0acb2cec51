namespace TheoremCheck.Numerics;

/// <summary>
/// An operation over a range of independent units (rows, column blocks, words) that <see cref="RangeJob{TOperation}"/>
/// splits across threads: what a unit computes never depends on the range it is computed in.
/// </summary>
internal interface IRangeOperation
{
    void Run(int start, int end);
}
