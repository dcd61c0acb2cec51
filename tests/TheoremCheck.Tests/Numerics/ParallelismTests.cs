using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class ParallelismTests
{
    [Fact]
    public void TheSettingIsReadWithAClearMessage()
    {
        Assert.Equal(Environment.ProcessorCount, Parallelism.FromSetting(null));
        Assert.Equal(3, Parallelism.FromSetting("3"));
        Assert.Equal("THEOREMCHECK_THREADS must be a positive integer, got '0'.",
            Assert.Throws<InvalidOperationException>(() => Parallelism.FromSetting("0")).Message);
        Assert.Throws<InvalidOperationException>(() => Parallelism.FromSetting("two"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parallelism.MaxThreads = 0);
    }
}
