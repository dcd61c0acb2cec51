namespace TheoremCheck.Experiments;

/// <summary>What a call of <see cref="SweepRunner.Run"/> did.</summary>
public sealed record SweepOutcome(int PointsInShard, int Skipped, int Ran, bool Interrupted)
{
    public int Done => Skipped + Ran;
}
