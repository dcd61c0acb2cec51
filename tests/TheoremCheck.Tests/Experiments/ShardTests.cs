using TheoremCheck.Experiments;

namespace TheoremCheck.Tests.Experiments;

public class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("8/8", 8, 8)]
    public void K_of_N_parses(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out var shard));
        Assert.Equal(new Shard(index, count), shard);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1")]
    [InlineData("-1/2")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_does_not(string? text)
    {
        Assert.False(Shard.TryParse(text, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(3, 2));
    }
}
