using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public sealed class OutputFilesTests : TemporaryDirectoryTest
{
    [Fact]
    public void A_directory_is_created_with_its_missing_parents_and_left_without_a_probe()
    {
        string target = Path.Combine(TempDir, "a", "b");
        OutputFiles.PrepareDirectory("--out", target);
        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.GetFileSystemEntries(target));
        OutputFiles.PrepareDirectory("--out", target); // an existing directory is fine
    }

    [Fact]
    public void Files_paths_under_files_and_unwritable_places_are_refused_naming_the_option()
    {
        Directory.CreateDirectory(TempDir);
        string file = Path.Combine(TempDir, "taken");
        File.WriteAllText(file, "x");
        string Refusal(string path) => Assert.Throws<ConfigException>(() => OutputFiles.PrepareDirectory("--out", path)).Message;
        Assert.Equal($"--out: '{file}' is a file, not a directory; choose a directory name", Refusal(file));
        Assert.StartsWith($"--out: '{Path.Combine(file, "x")}' lies under '{file}', which is a file", Refusal(Path.Combine(file, "x")));
        Assert.StartsWith("--out: cannot write to '/proc/theoremcheck/x'", Refusal("/proc/theoremcheck/x"));
        Assert.StartsWith("--out: needs a directory name", Refusal(" "));
    }

    [Theory]
    [InlineData("plain-word_1.5/x:y,z+=", "plain-word_1.5/x:y,z+=")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    public void Shell_words_are_quoted_only_when_needed(string text, string quoted) => Assert.Equal(quoted, OutputFiles.Quote(text));

    [Fact]
    public void Csv_fields_are_quoted_as_RFC_4180_says()
    {
        Assert.Equal("a,\"b,c\",\"d\"\"e\"", OutputFiles.CsvLine(["a", "b,c", "d\"e"]));
        Assert.Equal("0.1", OutputFiles.Number(0.1));
        Assert.Equal(0.1 + 0.2, double.Parse(OutputFiles.Number(0.1 + 0.2), System.Globalization.CultureInfo.InvariantCulture));
    }
}
