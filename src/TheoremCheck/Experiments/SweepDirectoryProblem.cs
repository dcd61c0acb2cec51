namespace TheoremCheck.Experiments;

/// <summary>Why a directory cannot serve a sweep as asked (see <see cref="SweepDirectoryException"/>).</summary>
public enum SweepDirectoryProblem
{
    /// <summary>Starting a sweep where one already is.</summary>
    AlreadyHoldsSweep,
    /// <summary>Continuing a sweep where there is none.</summary>
    NothingToResume,
    /// <summary>Continuing a sweep whose plan differs from this one.</summary>
    DifferentPlan,
    /// <summary>Continuing another part of the same sweep.</summary>
    DifferentShard,
    /// <summary>Reading a directory that holds no sweep.</summary>
    NotASweep,
    /// <summary>Merging parts of different sweeps.</summary>
    PartsOfDifferentSweeps,
    /// <summary>Merging parts that hold different numbers for the same run.</summary>
    ConflictingRuns,
    /// <summary>Merging parts that together miss runs of the plan.</summary>
    MissingRuns,
    /// <summary>Merging into one of the parts.</summary>
    TargetIsAPart,
}
