namespace TheoremCheck.Pipeline;

/// <summary>An invalid configuration; <see cref="Option"/> names the command-line option at fault.</summary>
public sealed class ConfigException(string option, string message) : Exception(message)
{
    public string Option { get; } = option;
}
