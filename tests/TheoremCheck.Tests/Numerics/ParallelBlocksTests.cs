using TheoremCheck.Numerics;

namespace TheoremCheck.Tests.Numerics;

public class ParallelBlocksTests
{
    [Fact]
    public void RunsEveryBlockExactlyOnce()
    {
        foreach (int threads in new[] { 1, 2, 4 })
            KernelCases.WithThreads(threads, () =>
            {
                foreach (int blocks in new[] { 0, 1, 2, 3, 17, 1000 })
                    for (int round = 0; round < 20; round++)
                    {
                        var runs = new int[blocks];
                        ParallelBlocks.Run(blocks, b => Interlocked.Increment(ref runs[b]));
                        Assert.All(runs, count => Assert.Equal(1, count));
                    }
            });
    }

    [Fact]
    public void AFailingBlockFailsTheRunAndTheNextRunWorks()
    {
        KernelCases.WithThreads(2, () =>
        {
        var error = Assert.Throws<InvalidDataException>(() => ParallelBlocks.Run(8, b => { if (b == 5) throw new InvalidDataException("block 5"); }));
        Assert.Equal("block 5", error.Message);
        int done = 0;
        ParallelBlocks.Run(8, _ => Interlocked.Increment(ref done));
        Assert.Equal(8, done);
        // A body that runs a region itself gets it run inline rather than corrupting the outer one.
        var inner = new int[4 * 3];
        ParallelBlocks.Run(4, outer => ParallelBlocks.Run(3, b => Interlocked.Increment(ref inner[outer * 3 + b])));
        Assert.All(inner, count => Assert.Equal(1, count));
        });
    }

    [Fact]
    public void TheClaimWordKeepsEveryGeneration()
    {
        foreach (int generation in new[] { 0, 1, (1 << 23) - 1, 1 << 23, (1 << 24) - 1 })
            Assert.Equal(generation, ParallelBlocks.GenerationOf(ParallelBlocks.Word(generation, (1 << 20) - 1, 12345)));
    }

    [Fact]
    public void RegionsRunAcrossTheSignBitAndTheWrapAroundOfTheGeneration()
    {
        KernelCases.WithThreads(2, () =>
        {
        foreach (int start in new[] { (1 << 23) - 2, (1 << 24) - 2 })
        {
            SpinWait.SpinUntil(() => { try { ParallelBlocks.SetGeneration(start); return true; } catch (InvalidOperationException) { return false; } });
            for (int round = 0; round < 4; round++)
            {
                var runs = new int[16];
                ParallelBlocks.Run(16, b => Interlocked.Increment(ref runs[b]));
                Assert.All(runs, count => Assert.Equal(1, count));
            }
        }
        });
    }
}
