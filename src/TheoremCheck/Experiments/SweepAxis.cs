using TheoremCheck.Pipeline;

namespace TheoremCheck.Experiments;

/// <summary>
/// The value a sweep varies: its <see cref="Name"/> (as the front end calls it, e.g. <c>width</c>) and how a
/// value, given as text, sets it in a specification. The front end that parses the text owns this mapping.
/// </summary>
public sealed record SweepAxis(string Name, Func<ExperimentSpec, string, ExperimentSpec> Apply);
