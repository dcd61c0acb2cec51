using System.Globalization;
using ScottPlot;

namespace TheoremCheck.Cli;

/// <summary>
/// The figures of <c>sweep</c>: per panel, every seed as a point coloured by its mean target label ȳ^adv (the
/// variable that explains most of the spread, THEORY §6) over the mean across seeds; a reference line where one
/// means something; y fitted to the data; categorical x for non-numeric values, logarithmic x for numeric values
/// spanning a factor of 20 or more (as the paper's figures). Two-parameter sweeps get heat maps (<see cref="PhaseMap"/>).
/// </summary>
public static class SweepFigures
{
    public const int PanelWidth = 640, PanelHeight = 520;

    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    // ColorBrewer RdBu ends and its light middle: a diverging scale that keeps its two sides apart under the common
    // colour-vision deficiencies (blue against brown-red); the middle is a mid grey, so a seed with a balanced target
    // label is a filled point, never mistaken for the hollow mark of a mean.
    private static readonly Color Negative = Color.FromHex("#2166AC"), Middle = Color.FromHex("#B4B4B4"), Positive = Color.FromHex("#B2182B");

    /// <summary>Saves the panels side by side (at most three per row) under <paramref name="title"/>, with a legend of markers and target colours.</summary>
    public static void Save(string parameter, IReadOnlyList<string> values, IReadOnlyList<SweepRun> runs, IReadOnlyList<SweepPanel> panels,
        string title, string stem)
    {
        double limit = TargetLimit(runs);
        var plots = panels.Select(p => Panel(parameter, values, runs, p, limit)).ToList();
        Plots.SaveFigure(plots, Plots.Legend(LegendItems(panels, limit)), title, stem, PanelWidth, PanelHeight, columns: Math.Min(3, panels.Count));
    }

    /// <summary>The colour scale of ȳ^adv: symmetric around 0, out to the largest |ȳ^adv| of the runs (at least 0.01).</summary>
    public static double TargetLimit(IReadOnlyList<SweepRun> runs) =>
        Math.Max(0.01, runs.Select(r => double.IsFinite(r.TargetMean) ? Math.Abs(r.TargetMean) : 0).DefaultIfEmpty(0).Max());

    /// <summary>ȳ^adv on the diverging scale: -limit blue, 0 mid grey, +limit red; light grey when unknown.</summary>
    public static Color TargetColour(double targetMean, double limit)
    {
        if (!double.IsFinite(targetMean)) return Colors.LightGray;
        double t = Math.Clamp(targetMean / limit, -1, 1);
        var (from, to) = t < 0 ? (Middle, Negative) : (Middle, Positive);
        double a = Math.Abs(t);
        return new Color((byte)Math.Round(from.R + a * (to.R - from.R)), (byte)Math.Round(from.G + a * (to.G - from.G)), (byte)Math.Round(from.B + a * (to.B - from.B)));
    }

    public static Plot Panel(string parameter, IReadOnlyList<string> values, IReadOnlyList<SweepRun> runs, SweepPanel panel, double targetLimit)
    {
        var plot = new Plot();
        var (positions, logarithmic) = Positions(values);
        bool categorical = !values.Select(Leading).All(IsNumber);
        double spacing = positions.Length > 1 ? (positions.Max() - positions.Min()) / (positions.Length - 1) : 1;
        var drawn = new List<double>();
        for (int m = 0; m < panel.Metrics.Count; m++)
        {
            string metric = panel.Metrics[m];
            var shape = Shapes[m % Shapes.Length];
            var means = new List<(double X, double Y)>();
            for (int v = 0; v < values.Count; v++)
            {
                var seeds = runs.Where(r => r.ValueIndex == v && r.Metrics.ContainsKey(metric)).OrderBy(r => r.Seed).ToList();
                if (seeds.Count == 0) continue;
                for (int k = 0; k < seeds.Count; k++)
                {
                    // Seeds are spread a little sideways (by seed order, so the picture is reproducible) and metrics apart.
                    double x = positions[v] + spacing * (0.05 * (m - (panel.Metrics.Count - 1) / 2.0) + 0.025 * (k - (seeds.Count - 1) / 2.0));
                    double y = seeds[k].Metrics[metric];
                    var marker = plot.Add.Marker(x, y, shape, 9, TargetColour(seeds[k].TargetMean, targetLimit));
                    marker.MarkerStyle.OutlineColor = Colors.Black;
                    marker.MarkerStyle.OutlineWidth = 1;
                    drawn.Add(y);
                }
                means.Add((positions[v], seeds.Average(r => r.Metrics[metric])));
            }
            if (means.Count == 0) continue;
            var line = plot.Add.Scatter(means.Select(p => p.X).ToArray(), means.Select(p => p.Y).ToArray(), Colors.Black);
            // Categories have no order between them: their means are marks, not a curve.
            line.LineWidth = categorical ? 0 : 2.5f;
            line.LinePattern = Patterns[m % Patterns.Length];
            line.MarkerShape = OpenShape(shape);
            line.MarkerSize = 14;
            line.MarkerColor = Colors.Black;
        }
        if (panel.Reference is { } reference) plot.Add.HorizontalLine(reference, 2, Colors.Gray, LinePattern.Dashed);

        // Joined values placed by their first part are labelled by it: "dim (epsilon set with it)", ticks 10, 30, 100.
        bool joined = !categorical && values.Any(v => v.Contains(SweepAxes.Joint));
        plot.Axes.Bottom.SetTicks(positions, joined ? values.Select(Leading).ToArray() : values.ToArray());
        string name = joined ? $"{Leading(parameter)} ({string.Join(", ", parameter.Split(SweepAxes.Joint).Skip(1))} set with it)" : parameter;
        Plots.Style(plot, panel.Title, logarithmic ? $"{name} (log scale)" : categorical ? $"{name} (categories)" : name, panel.YLabel);
        var (low, high) = YLimits(drawn, panel.Bounded);
        plot.Axes.SetLimitsY(low, high);
        if (positions.Length > 0)
        {
            double pad = categorical || positions.Length == 1 ? 0.5 * spacing : (positions.Max() - positions.Min()) * 0.08;
            plot.Axes.SetLimitsX(positions.Min() - pad, positions.Max() + pad);
        }
        return plot;
    }

    /// <summary>
    /// The data's range padded by 8 % on each side and at least 0.04 wide, so that close values stay apart and nothing
    /// sits on the frame; for quantities in [0, 1] (<paramref name="bounded"/>) it does not reach past 0 or 1 by more than the pad.
    /// </summary>
    public static (double Low, double High) YLimits(IReadOnlyList<double> values, bool bounded = true)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0) return (0, 1);
        double low = finite.Min(), high = finite.Max();
        double span = Math.Max(high - low, 0.04), pad = span * 0.08;
        if (bounded && high - low < 0.04)
        {
            // Widen towards the side that has room inside [0, 1].
            low = Math.Max(0, Math.Min(low, high - 0.04));
            high = Math.Min(1, Math.Max(high, low + 0.04));
        }
        else
        {
            double middle = (low + high) / 2;
            (low, high) = (middle - span / 2, middle + span / 2);
        }
        return (low - pad, high + pad);
    }

    /// <summary>
    /// x positions of the values: the numbers themselves, their log10, or 0, 1, 2, ... for non-numeric values. Joined
    /// values (dim:epsilon, 10:0.0032) are placed by their first part when those are distinct numbers.
    /// </summary>
    public static (double[] Positions, bool Logarithmic) Positions(IReadOnlyList<string> values)
    {
        var leading = values.Select(Leading).ToList();
        if (!leading.All(IsNumber) || leading.Distinct().Count() != leading.Count)
            return (Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray(), false);
        var numbers = leading.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        bool logarithmic = numbers.Length > 1 && numbers.All(x => x > 0) && numbers.Max() / numbers.Min() >= 20;
        return (logarithmic ? numbers.Select(Math.Log10).ToArray() : numbers, logarithmic);
    }

    /// <summary>The first part of a joined value (10 of 10:0.0032), or the value.</summary>
    public static string Leading(string value) => value.Split(SweepAxes.Joint)[0];

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && double.IsFinite(x);

    private static MarkerShape OpenShape(MarkerShape filled) => filled switch
    {
        MarkerShape.FilledCircle => MarkerShape.OpenCircle,
        MarkerShape.FilledSquare => MarkerShape.OpenSquare,
        MarkerShape.FilledTriangleUp => MarkerShape.OpenTriangleUp,
        MarkerShape.FilledDiamond => MarkerShape.OpenDiamond,
        _ => filled,
    };

    private static IEnumerable<LegendItem> LegendItems(IReadOnlyList<SweepPanel> panels, double limit)
    {
        // One entry per marker style: named by metric where a panel shows several, else just "mean over seeds".
        int styles = panels.Max(p => p.Metrics.Count);
        for (int m = 0; m < styles; m++)
        {
            var names = panels.Where(p => p.Metrics.Count > 1 && m < p.Metrics.Count).Select(p => p.Metrics[m]).Distinct().ToList();
            yield return new LegendItem
            {
                LabelText = names.Count == 0 ? "mean over seeds" : $"{string.Join(", ", names)}: mean over seeds",
                LineColor = Colors.Black, LineWidth = 2.5f, LinePattern = Patterns[m % Patterns.Length],
                MarkerShape = OpenShape(Shapes[m % Shapes.Length]), MarkerSize = 12, MarkerColor = Colors.Black,
            };
        }
        foreach (double t in new[] { -limit, 0, limit })
            yield return new LegendItem
            {
                LabelText = $"a seed, mean target {t.ToString("+0.000;-0.000;0", CultureInfo.InvariantCulture)}",
                MarkerStyle = new MarkerStyle(MarkerShape.FilledCircle, 12, TargetColour(t, limit)) { OutlineColor = Colors.Black, OutlineWidth = 1 },
            };
        foreach (var label in panels.Where(p => p.Reference is not null).Select(p => $"{p.ReferenceLabel} ({p.Reference!.Value.ToString("G3", CultureInfo.InvariantCulture)})").Distinct())
            yield return new LegendItem { LabelText = label, LineColor = Colors.Gray, LineWidth = 2, LinePattern = LinePattern.Dashed };
    }

    /// <summary>
    /// A heat map over two swept parameters: cell (i, j) is the mean over seeds at values1[j], values2[i], written in
    /// the cell; NaN cells (no runs) are blank. <paramref name="range"/> fixes the colour scale so maps compare.
    /// </summary>
    public static Plot PhaseMap(string parameter1, IReadOnlyList<string> values1, string parameter2, IReadOnlyList<string> values2,
        double[,] cells, string title, (double Min, double Max) range)
    {
        int rows = values2.Count, cols = values1.Count;
        if (cells.GetLength(0) != rows || cells.GetLength(1) != cols)
            throw new ArgumentException($"Cells {cells.GetLength(0)}x{cells.GetLength(1)} for {rows} x {cols} values.");
        var plot = new Plot();
        // Heatmap rows run top to bottom; the second parameter's first value is drawn at the bottom.
        var flipped = new double[rows, cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) flipped[rows - 1 - i, j] = cells[i, j];
        var heatmap = plot.Add.Heatmap(flipped);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new ScottPlot.Range(range.Min, range.Max);
        heatmap.NaNCellColor = Colors.White;
        heatmap.Extent = new CoordinateRect(-0.5, cols - 0.5, -0.5, rows - 0.5);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
            {
                if (!double.IsFinite(cells[i, j])) continue;
                var text = plot.Add.Text(cells[i, j].ToString("0.00", CultureInfo.InvariantCulture), j, i);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = Plots.TickSize;
                // Light text on the dark end of viridis, dark text on the light end.
                text.LabelFontColor = (cells[i, j] - range.Min) / (range.Max - range.Min) < 0.6 ? Colors.White : Colors.Black;
            }
        var bar = plot.Add.ColorBar(heatmap);
        bar.Axis.TickLabelStyle.FontSize = Plots.TickSize;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, cols).Select(j => (double)j).ToArray(), values1.ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rows).Select(i => (double)i).ToArray(), values2.ToArray());
        Plots.Style(plot, title, parameter1, parameter2);
        plot.Axes.SetLimits(-0.5, cols - 0.5, -0.5, rows - 0.5);
        plot.HideGrid();
        return plot;
    }
}
