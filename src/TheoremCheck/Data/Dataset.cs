namespace TheoremCheck.Data;

/// <summary>A training set D and a fresh test set for the agreement metric.</summary>
public sealed record Dataset(LabelledSet Train, LabelledSet Test, string Description);
