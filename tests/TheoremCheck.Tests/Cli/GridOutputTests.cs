using TheoremCheck.Cli;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Cli;

public class GridOutputTests
{
    private static readonly SweepGrid Grid = new("width", ["10", "100"], "lr-f:lr-g", ["1:1", "0.1:0.1"]);

    private static SweepRun Run(int index, int seed, double accG) =>
        new(index, seed, 0, new Dictionary<string, double> { ["acc_g"] = accG, ["agreement"] = accG / 2 });

    [Fact]
    public void The_best_second_value_has_the_highest_mean_acc_g_for_each_first_value()
    {
        // Value indices: 0 = 10|1:1, 1 = 10|0.1:0.1, 2 = 100|1:1, 3 = 100|0.1:0.1.
        var runs = new[] { Run(0, 0, 0.9), Run(0, 1, 0.5), Run(1, 0, 0.8), Run(1, 1, 0.8), Run(2, 0, 0.6), Run(3, 0, 0.6) };
        Assert.Equal(new int?[] { 1, 2 }, GridOutput.Best(Grid, runs));   // 0.8 > 0.7; a tie keeps the first
        var best = GridOutput.BestRuns(Grid, runs);
        Assert.Equal([(0, 0), (0, 1), (1, 0)], best.Select(r => (r.ValueIndex, r.Seed)));
        Assert.Equal([0.8, 0.8, 0.6], best.Select(r => r.Metrics["acc_g"]));
        string table = GridOutput.BestTable(Grid, runs.Select(r => r with { Metrics = Full(r.Metrics["acc_g"]) }).ToList());
        Assert.Contains("| 10 | 0.1:0.1 |", table);
        Assert.Contains("| 100 | 1:1 |", table);
        Assert.Equal(new int?[] { null, 3 }, GridOutput.Best(Grid, [Run(3, 0, 0.1)]));
    }

    private static Dictionary<string, double> Full(double accG) => MetricColumns.All.ToDictionary(c => c.Name, c => c.Name == "acc_g" ? accG : 0.5);

    [Fact]
    public void Heat_map_cells_are_means_over_seeds_and_blank_without_runs()
    {
        SweepRecord Record(int index, int seed, double agreement) =>
            new(index, "", seed, new ExperimentSpec(), MetricColumns.All.Select(c => c == MetricColumns.Agreement ? agreement : 0.0).ToArray(), 1);
        var records = new[] { Record(0, 0, 0.4), Record(0, 1, 0.6), Record(3, 0, 1) };
        var cells = GridOutput.Means(Grid, records, r => r[MetricColumns.Agreement]);
        Assert.Equal(0.5, cells[0, 0], 15);   // row: second parameter, column: first
        Assert.Equal(1, cells[1, 1]);
        Assert.True(double.IsNaN(cells[1, 0]));
        Assert.True(double.IsNaN(cells[0, 1]));
    }
}
