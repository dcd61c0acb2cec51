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

    [Fact]
    public void On_the_calling_thread_the_kernels_get_one_thread_and_the_setting_returns_after()
    {
        KernelCases.WithThreads(2, () =>
        {
            Assert.Equal(1, Parallelism.OnCallingThread(() => Parallelism.MaxThreads));
            Assert.Equal(1, Parallelism.OnCallingThread(() => Parallelism.OnCallingThread(() => 0) + Parallelism.MaxThreads));
            // Only this thread is limited: another thread sees the setting.
            Assert.Equal(2, Parallelism.OnCallingThread(() =>
            {
                int seen = 0;
                var other = new Thread(() => seen = Parallelism.MaxThreads);
                other.Start();
                other.Join();
                return seen;
            }));
            Assert.Throws<InvalidOperationException>(() => Parallelism.OnCallingThread<int>(() => throw new InvalidOperationException()));
            Assert.Equal(2, Parallelism.MaxThreads);
        });
    }
}
