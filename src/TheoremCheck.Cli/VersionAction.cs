using System.CommandLine;
using System.CommandLine.Invocation;

namespace TheoremCheck.Cli;

/// <summary>
/// <c>--version</c>: this tool's version and commit (<see cref="ToolVersion"/>). The library's own action prints
/// the entry assembly's version, which is the test host's when the command line runs inside tests.
/// </summary>
public sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(ToolVersion.Informational);
        return ExitCodes.Success;
    }
}
