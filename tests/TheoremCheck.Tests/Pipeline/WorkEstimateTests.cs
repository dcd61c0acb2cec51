using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Pipeline;

public class WorkEstimateTests
{
    [Fact]
    public void Training_costs_four_N_d_m_operations_per_epoch_of_each_network()
    {
        Assert.Equal(4.0 * 1000 * 100 * 100 * 2000, WorkEstimate.TrainingFlops(1000, 100, 100, 2000));
        var spec = new ExperimentSpec { Data = new DataSpec { Samples = 10, Dimension = 20 }, Network = new NetworkSpec { Width = 30 },
            Training = new TrainingSpec { EpochsF = 7, EpochsG = 3 } };
        Assert.Equal(4.0 * 10 * 20 * 30 * 10 / WorkEstimate.TrainingFlopsPerSecond, WorkEstimate.TrainingSeconds(spec));
        // Sizes past int range still count (a width of 10^6 at N = 10^4, d = 10^3).
        Assert.Equal(4e13 * 2000, WorkEstimate.TrainingFlops(10_000, 1_000, 1_000_000, 2000));
    }

    [Fact]
    public void A_map_costs_its_grid_points_times_the_samples_times_d_plus_a_constant()
    {
        // The default map: 120² points, N = 1000, d = 100.
        Assert.Equal(120.0 * 120 * 1000 * 150 / WorkEstimate.MapTermsPerSecond, WorkEstimate.MapSeconds(120, 1000, 100));
        Assert.Equal(4 * WorkEstimate.MapSeconds(100, 50, 10), WorkEstimate.MapSeconds(200, 50, 10), 12);
        Assert.True(WorkEstimate.MapSeconds(5000, 1000, 100) > 3600);
    }
}
