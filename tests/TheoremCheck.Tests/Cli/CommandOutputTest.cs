namespace TheoremCheck.Tests.Cli;

/// <summary>Runs the sweep, merge and map commands end to end on tiny configurations (seconds) and checks the files they write.</summary>
public abstract class CommandOutputTest : TemporaryDirectoryTest
{
    protected static readonly string[] TinyRun =
        ["--dim", "5", "--samples", "16", "--test-samples", "16", "--epochs-f", "5", "--epochs-g", "5", "--data", "gauss"];

    protected static (int Code, string Out, string Err) Invoke(params string[] args) => CommandLineTests.Invoke(args);

    protected static void AssertPng(string path) =>
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, File.ReadAllBytes(path)[..8]);

    protected static void AssertSvg(string path)
    {
        string text = File.ReadAllText(path).TrimStart();
        Assert.True(text.StartsWith("<?xml", StringComparison.Ordinal) || text.StartsWith("<svg", StringComparison.Ordinal), path);
        Assert.Contains("</svg>", text);
        System.Xml.Linq.XDocument.Parse(text); // well-formed XML
    }
}
