using TheoremCheck.Cli;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Cli;

public class LongWorkTests
{
    [Fact]
    public void Work_over_the_limit_needs_confirmation()
    {
        LongWork.Check(LongWork.Limit.TotalSeconds, allowed: false, "x", "y");
        LongWork.Check(1e9, allowed: true, "x", "y");
        var error = Assert.Throws<ConfigException>(() => LongWork.Check(7200, allowed: false, "this map", "--resolution"));
        Assert.Equal("--allow-long", error.Option);
        Assert.Contains("this map would take about 2.0 h", error.Message);
        Assert.Contains("lower --resolution", error.Message);
    }

    [Fact]
    public void Image_data_are_estimated_at_the_sizes_of_their_files()
    {
        var mnist = new ExperimentSpec { Data = new DataSpec { Kind = DataKind.Mnist, Directory = RepositoryPaths.MnistDirectory } };
        var sized = LongWork.WithSizes([mnist, mnist, new ExperimentSpec()]);
        Assert.Equal((784, 1084, 1083), (sized[0].Data.Dimension, sized[0].Data.Samples, sized[0].Data.TestSamples));
        Assert.Equal(sized[0], sized[1]);
        Assert.Equal(new ExperimentSpec(), sized[2]);
        // The canonical run: 4 N d m (E_f + E_g) = 8e10 operations.
        Assert.Equal(8e10 / WorkEstimate.TrainingFlopsPerSecond, LongWork.TrainingSeconds([new ExperimentSpec()]));
    }
}
