namespace TheoremCheck.Data;

/// <summary>
/// Where Debian's dataset packages install their files (/usr/share/datasets/&lt;name&gt;).
/// <c>THEOREMCHECK_DATASETS</c> replaces the root, so that tests can point it at an empty or a fixture directory.
/// </summary>
public static class DatasetPackages
{
    public const string EnvironmentVariable = "THEOREMCHECK_DATASETS";
    public const string DefaultRoot = "/usr/share/datasets";

    public static string Root =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } root ? root : DefaultRoot;
}
