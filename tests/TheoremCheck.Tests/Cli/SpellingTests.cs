using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public class SpellingTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("width", "width", 0)]
    [InlineData("widht", "width", 2)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_is_the_Levenshtein_distance(string a, string b, int distance)
    {
        Assert.Equal(distance, Spelling.Distance(a, b));
        Assert.Equal(distance, Spelling.Distance(b, a));
    }

    [Fact]
    public void Suggestions_are_the_nearest_close_candidates_or_an_unambiguous_beginning()
    {
        string[] options = ["--width", "--dim", "--seed", "--seeds", "--samples", "--test-samples"];
        Assert.Equal(["--width"], Spelling.Closest("--widht", options));
        Assert.Equal(["--seed", "--seeds"], Spelling.Closest("--se", options));
        Assert.Equal(["--samples"], Spelling.Closest("--sampels", options));
        Assert.Empty(Spelling.Closest("--frobnicate", options));
        Assert.Equal(" (did you mean --dim?)", Spelling.Suggestion("--dimm", options));
        Assert.Equal("", Spelling.Suggestion("--zzzzzz", options));
    }
}
