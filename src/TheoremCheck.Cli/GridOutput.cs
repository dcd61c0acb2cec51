using System.Globalization;
using System.Text;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Cli;

/// <summary>
/// The outputs of a two-parameter sweep (<see cref="SweepGrid"/>): heat maps over the grid of agreement, acc_g, the
/// larger flip share and the share of test points where C2 applies (its conditions hold in the lazy regime); and, for
/// each value of the first parameter, the value of the second with the highest mean acc_g (the reference reports the
/// best over its learning-rate grid this way), whose runs the one-parameter figures then show.
/// </summary>
public static class GridOutput
{
    public const string PhasePlot = "phase";

    /// <summary>Rank of the second parameter's values: mean acc_g over seeds, the quantity the reference's figures report.</summary>
    public static readonly MetricColumn BestBy = MetricColumns.AccG;

    /// <summary>The maps: metric (or per-run quantity), title, colour range (the flip share's reaches past 0.5 only when the data do).</summary>
    private static readonly (Func<SweepRecord, double> Value, string Title, (double, double) Range)[] Maps =
    [
        (r => r[MetricColumns.Agreement], "agreement of f and g on fresh inputs", (0, 1)),
        (r => r[MetricColumns.AccG], "accuracy of g on clean, correct D", (0, 1)),
        (r => Math.Max(r[MetricColumns.FlippedF], r[MetricColumns.FlippedG]), $"larger flip share of f and g (lazy: ≤ {LazyRegime.FlipShareThreshold})", (0, 0.5)),
        (r => r[MetricColumns.AllWithinPremise], "test points where C2 applies:\n(a) ∧ (b) ∧ (c) in the lazy regime", (0, 1)),
    ];

    public static void SavePhaseMaps(SweepGrid grid, IReadOnlyList<SweepRecord> records, string title, string stem)
    {
        var panels = Maps.Select(m =>
        {
            var cells = Means(grid, records, m.Value);
            var (low, high) = m.Range;
            foreach (double cell in cells) if (cell > high) high = Math.Min(1, cell);
            return SweepFigures.PhaseMap(grid.Parameter1, grid.Values1, grid.Parameter2, grid.Values2, cells, m.Title, (low, high));
        }).ToList();
        var legend = Plots.Legend([new ScottPlot.LegendItem { LabelText = "each cell: the mean over its seeds; blank: no finished run, or the quantity does not apply" }]);
        Plots.SaveFigure(panels, legend, title, stem, 720, 600, columns: 2, legendHeight: 70);
    }

    /// <summary>Cell (row, column) = mean over the seeds of (values2[row], values1[column]); NaN where no run finished or the value does not apply.</summary>
    public static double[,] Means(SweepGrid grid, IReadOnlyList<SweepRecord> records, Func<SweepRecord, double> value)
    {
        var cells = new double[grid.Values2.Count, grid.Values1.Count];
        for (int row = 0; row < grid.Values2.Count; row++)
            for (int column = 0; column < grid.Values1.Count; column++)
            {
                int index = grid.ValueIndex(row, column);
                var values = records.Where(r => r.ValueIndex == index).Select(value).ToList();
                cells[row, column] = values.Count == 0 ? double.NaN : values.Average();
            }
        return cells;
    }

    /// <summary>For each value of the first parameter, the value index of the pair with the highest mean acc_g (the first of equals); null where no run finished.</summary>
    public static IReadOnlyList<int?> Best(SweepGrid grid, IReadOnlyList<SweepRun> runs)
    {
        var best = new int?[grid.Values1.Count];
        for (int column = 0; column < grid.Values1.Count; column++)
        {
            double top = double.NegativeInfinity;
            for (int row = 0; row < grid.Values2.Count; row++)
            {
                int index = grid.ValueIndex(row, column);
                var scores = runs.Where(r => r.ValueIndex == index).Select(r => r.Metrics[BestBy.Name]).ToList();
                if (scores.Count == 0) continue;
                double mean = scores.Average();
                if (mean > top || best[column] is null) { top = mean; best[column] = index; }
            }
        }
        return best;
    }

    /// <summary>The runs of the best pair of each first value, re-indexed by that value (for the one-parameter figures).</summary>
    public static IReadOnlyList<SweepRun> BestRuns(SweepGrid grid, IReadOnlyList<SweepRun> runs)
    {
        var best = Best(grid, runs);
        return runs.Where(r => best[grid.Cell(r.ValueIndex).Column] == r.ValueIndex)
                   .Select(r => r with { ValueIndex = grid.Cell(r.ValueIndex).Column }).ToList();
    }

    /// <summary>A Markdown table: each first value, the chosen second value, and its mean metrics.</summary>
    public static string BestTable(SweepGrid grid, IReadOnlyList<SweepRun> runs)
    {
        var best = Best(grid, runs);
        var shown = new[] { MetricColumns.AccF, MetricColumns.AccG, MetricColumns.Agreement, MetricColumns.FlippedF, MetricColumns.FlippedG, MetricColumns.AllWithinPremise };
        var s = new StringBuilder();
        s.AppendLine($"Best {grid.Parameter2} for each {grid.Parameter1} (highest mean {BestBy.Name} over seeds), means over seeds:");
        s.AppendLine();
        s.AppendLine($"| {grid.Parameter1} | best {grid.Parameter2} | " + string.Join(" | ", shown.Select(c => c.Name)) + " |");
        s.AppendLine("| --- | --- | " + string.Join(" | ", shown.Select(_ => "---")) + " |");
        for (int column = 0; column < grid.Values1.Count; column++)
        {
            if (best[column] is not { } index) continue;
            var chosen = runs.Where(r => r.ValueIndex == index).ToList();
            string Mean(MetricColumn c) => chosen.Average(r => r.Metrics[c.Name]).ToString("F3", CultureInfo.InvariantCulture);
            s.AppendLine($"| {grid.Values1[column]} | {grid.Values2[grid.Cell(index).Row]} | " + string.Join(" | ", shown.Select(Mean)) + " |");
        }
        return s.ToString();
    }
}
