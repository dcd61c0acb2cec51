namespace TheoremCheck.Tests;

/// <summary>Locates the repository root (where TheoremCheck.sln is) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string MnistDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "mnist"));

    public static string FashionMnistDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "fashion-mnist"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TheoremCheck.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TheoremCheck.sln not found above the test directory.");
    }
}
