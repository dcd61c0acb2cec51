namespace TheoremCheck.Cli;

/// <summary>Exit codes: 0 success, 1 the run failed, 2 the command line or configuration is wrong.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int RunFailed = 1;
    public const int Usage = 2;
}
