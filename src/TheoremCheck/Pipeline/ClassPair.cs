namespace TheoremCheck.Pipeline;

/// <summary>The two classes of an image data set that become the labels +1 (<see cref="Positive"/>) and -1.</summary>
public readonly record struct ClassPair(int Positive, int Negative)
{
    public override string ToString() => $"{Positive},{Negative}";
}
