using System.Reflection;

namespace TheoremCheck.Cli;

/// <summary>
/// Version and commit of this build, from the informational version "1.0.0+commit" that the SDK writes when it
/// builds in a git checkout (the commit is "unknown" when the build had no git).
/// </summary>
public static class ToolVersion
{
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string Commit => Informational.Contains('+') ? Informational[(Informational.IndexOf('+') + 1)..] : "unknown";
}
