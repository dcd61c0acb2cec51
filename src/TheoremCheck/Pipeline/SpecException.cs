namespace TheoremCheck.Pipeline;

/// <summary>A specification that cannot run; <see cref="Problems"/> lists every reason (at least one).</summary>
public sealed class SpecException : Exception
{
    public IReadOnlyList<SpecProblem> Problems { get; }

    public SpecException(IReadOnlyList<SpecProblem> problems) : base(problems.Count > 0 ? problems[0].ToString() : "invalid specification")
    {
        if (problems.Count == 0) throw new ArgumentException("A specification exception needs at least one problem.", nameof(problems));
        Problems = problems;
    }

    public SpecException(string field, string message) : this([new SpecProblem(field, message)]) { }

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    public static void ThrowIfAny(IEnumerable<SpecProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0) throw new SpecException(list);
    }
}
