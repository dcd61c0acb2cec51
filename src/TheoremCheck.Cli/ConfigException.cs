namespace TheoremCheck.Cli;

/// <summary>
/// A command line that cannot run as given: <see cref="Option"/> names the option (or argument) at fault and
/// the message is the whole error line, which starts with that name. Exit code 2.
/// </summary>
public sealed class ConfigException(string option, string message) : Exception(message)
{
    public string Option { get; } = option;

    /// <summary>The error "<paramref name="option"/>: <paramref name="detail"/>".</summary>
    public static ConfigException Named(string option, string detail) => new(option, $"{option}: {detail}");
}
