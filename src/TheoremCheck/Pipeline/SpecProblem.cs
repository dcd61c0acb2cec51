namespace TheoremCheck.Pipeline;

/// <summary>
/// One thing wrong with a specification. <see cref="Field"/> is the path of the offending value in the
/// specification's JSON (<see cref="SpecJson"/>), e.g. <c>network.width</c>; a front end maps it to its own
/// name for the value (the command line to its option). <see cref="Message"/> reads after that name:
/// "must be a positive integer, got -3".
/// </summary>
public sealed record SpecProblem(string Field, string Message)
{
    public override string ToString() => $"{Field} {Message}";
}
