using System.Globalization;
using System.Text;
using ScottPlot;
using SkiaSharp;
using TheoremCheck.Experiments;

namespace TheoremCheck.Cli;

/// <summary>Pictures of sweeps and decision maps (ScottPlot 5), saved as PNG and SVG.</summary>
public static class Plots
{
    // Seaborn "deep" colours, as the reference code's figures.
    private static readonly Color Blue = Color.FromHex("#4C72B0"), Orange = Color.FromHex("#DD8452"),
        Green = Color.FromHex("#55A868"), Red = Color.FromHex("#C44E52"), Purple = Color.FromHex("#8172B3"), Brown = Color.FromHex("#937860");

    /// <summary>
    /// Mean over seeds against the swept value, with ± one standard deviation as error bars. A numeric
    /// option spanning a factor of 20 or more (width 10..1000) gets a logarithmic axis, as the paper's figures.
    /// </summary>
    public static Plot Sweep(string parameter, IReadOnlyList<SweepRow> rows, IReadOnlyList<string> metrics, string title, string yLabel)
    {
        var plot = new Plot();
        var (positions, logarithmic) = SweepPositions(rows.Select(r => r.Value).ToList());
        var colours = new[] { Blue, Orange, Green, Red, Purple, Brown };
        for (int m = 0; m < metrics.Count; m++)
        {
            var means = rows.Select(r => r[metrics[m]].Mean).ToArray();
            var stds = rows.Select(r => r[metrics[m]].Std).ToArray();
            var colour = colours[m % colours.Length];
            var bars = plot.Add.ErrorBar(positions, means, stds);
            bars.Color = colour;
            bars.LineWidth = 1.5f;
            var line = plot.Add.Scatter(positions, means, colour);
            line.LegendText = metrics[m];
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }
        plot.Axes.Bottom.SetTicks(positions, rows.Select(r => r.Value).ToArray());
        plot.XLabel(logarithmic ? $"{parameter} (log scale)" : parameter);
        plot.YLabel(yLabel);
        plot.Title(title);
        double low = rows.Count == 0 ? 0 : Math.Min(0, rows.SelectMany(r => metrics.Select(m => r[m].Mean - r[m].Std)).Min());
        double high = rows.Count == 0 ? 1 : Math.Max(1, rows.SelectMany(r => metrics.Select(m => r[m].Mean + r[m].Std)).Max());
        plot.Axes.SetLimitsY(low - 0.03, high + 0.03);
        if (positions.Length > 0)
        {
            double pad = positions.Length > 1 ? (positions.Max() - positions.Min()) * 0.06 : 0.5;
            plot.Axes.SetLimitsX(positions.Min() - pad, positions.Max() + pad);
        }
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>x positions of the values: the numbers themselves, their log10, or 0, 1, 2, ... for non-numeric values.</summary>
    public static (double[] Positions, bool Logarithmic) SweepPositions(IReadOnlyList<string> values)
    {
        var numbers = new double[values.Count];
        bool numeric = values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        if (!numeric) return (Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray(), false);
        for (int i = 0; i < values.Count; i++) numbers[i] = double.Parse(values[i], CultureInfo.InvariantCulture);
        bool logarithmic = numbers.Length > 1 && numbers.All(x => x > 0) && numbers.Max() / numbers.Min() >= 20;
        return (logarithmic ? numbers.Select(Math.Log10).ToArray() : numbers, logarithmic);
    }

    private static readonly (string Title, MapCondition Condition)[] Panels =
    [
        ("(a) functional margin condition 1", MapCondition.MarginF),
        ("(b) functional margin condition 2", MapCondition.MarginG),
        ("(c) agreement condition", MapCondition.Agreement),
        ("(d) intersection (a) ∧ (b) ∧ (c)", MapCondition.All),
    ];

    // Cell states of a panel: (condition holds ? 2 : 0) + (sgn f = sgn g ? 1 : 0).
    private static readonly Color[] StateColours =
    [
        Color.FromHex("#F7D9DA"), // condition fails, signs differ
        Color.FromHex("#E3EAF4"), // condition fails, signs agree
        Color.FromHex("#C44E52"), // condition holds, signs differ: a counterexample to C2 in panel (d)
        Color.FromHex("#8FB3DE"), // condition holds, signs agree
    ];

    /// <summary>The poster's four panels, each over the same plane, plus a legend strip.</summary>
    public static IReadOnlyList<Plot> MapPanels(DecisionMap map, out Plot legend)
    {
        var xs = map.Grid.Coordinates();
        var signsAgree = map.SignsAgreeMask();
        var zeroF = ZeroContour.Polylines(map.F, xs, xs);
        var zeroG = ZeroContour.Polylines(map.G, xs, xs);
        int n = map.Grid.Resolution;
        var plots = new List<Plot>();
        foreach (var (title, condition) in Panels)
        {
            var plot = new Plot();
            var mask = map.Mask(condition);
            // Heatmap rows run top to bottom; grid row 0 is the bottom (y = Min).
            var states = new double[n, n];
            int holds = 0;
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++)
                {
                    states[n - 1 - r, c] = (mask[r, c] ? 2 : 0) + (signsAgree[r, c] ? 1 : 0);
                    if (mask[r, c]) holds++;
                }
            var heatmap = plot.Add.Heatmap(states);
            heatmap.Colormap = new CategoricalColormap(StateColours);
            heatmap.ManualRange = new ScottPlot.Range(0, 3);
            double half = map.Grid.Step / 2;
            heatmap.Extent = new CoordinateRect(map.Grid.Min - half, map.Grid.Max + half, map.Grid.Min - half, map.Grid.Max + half);

            AddSamples(plot, map, +1, MarkerShape.OpenCircle, Color.FromHex("#1B5E20"));
            AddSamples(plot, map, -1, MarkerShape.FilledSquare, Color.FromHex("#4A148C"));
            AddCurves(plot, zeroF, LinePattern.Solid, Colors.Black);
            AddCurves(plot, zeroG, LinePattern.Dashed, Color.FromHex("#E65100"));

            plot.Title($"{title}: holds on {100.0 * holds / (n * n):F1} %");
            plot.XLabel("first axis (positive class mean)");
            plot.YLabel("second axis");
            plot.Axes.SetLimits(map.Grid.Min - half, map.Grid.Max + half, map.Grid.Min - half, map.Grid.Max + half);
            plot.HideGrid();
            plots.Add(plot);
        }

        legend = new Plot();
        legend.Axes.Frameless();
        legend.HideGrid();
        legend.Legend.Orientation = Orientation.Horizontal;
        legend.ShowLegend(
        [
            new LegendItem { LabelText = "condition holds, sgn f = sgn g", FillColor = StateColours[3] },
            new LegendItem { LabelText = "condition holds, sgn f ≠ sgn g", FillColor = StateColours[2] },
            new LegendItem { LabelText = "condition fails, sgn f = sgn g", FillColor = StateColours[1] },
            new LegendItem { LabelText = "condition fails, sgn f ≠ sgn g", FillColor = StateColours[0] },
            new LegendItem { LabelText = "f(z) = 0", LineColor = Colors.Black, LineWidth = 2 },
            new LegendItem { LabelText = "g(z) = 0", LineColor = Color.FromHex("#E65100"), LineWidth = 2, LinePattern = LinePattern.Dashed },
            new LegendItem { LabelText = "positive samples", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 8, MarkerColor = Color.FromHex("#1B5E20") },
            new LegendItem { LabelText = "negative samples", MarkerShape = MarkerShape.FilledSquare, MarkerSize = 6, MarkerColor = Color.FromHex("#4A148C") },
        ], Alignment.MiddleCenter);
        return plots;
    }

    private static void AddSamples(Plot plot, DecisionMap map, int label, MarkerShape shape, Color colour)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int k = 0; k < map.Samples.Length; k++)
        {
            var (x, y) = map.Samples[k];
            if (map.Labels[k] == label && x >= map.Grid.Min && x <= map.Grid.Max && y >= map.Grid.Min && y <= map.Grid.Max) { xs.Add(x); ys.Add(y); }
        }
        if (xs.Count > 0) plot.Add.Markers(xs.ToArray(), ys.ToArray(), shape, 4, colour.WithAlpha(0.55));
    }

    private static void AddCurves(Plot plot, IReadOnlyList<(double X, double Y)[]> curves, LinePattern pattern, Color colour)
    {
        foreach (var curve in curves)
        {
            var line = plot.Add.ScatterLine(curve.Select(p => p.X).ToArray(), curve.Select(p => p.Y).ToArray(), colour);
            line.LineWidth = 2;
            line.LinePattern = pattern;
        }
    }

    /// <summary>Saves one plot as <paramref name="stem"/>.png and .svg (each written atomically).</summary>
    public static void Save(Plot plot, string stem, int width, int height)
    {
        AtomicFile.WriteAllBytes(stem + ".png", plot.GetImageBytes(width, height, ImageFormat.Png));
        AtomicFile.WriteAllText(stem + ".svg", plot.GetSvgXml(width, height));
    }

    /// <summary>Saves a 2 x 2 arrangement of panels with a legend strip below as PNG and SVG.</summary>
    public static void SaveGrid(IReadOnlyList<Plot> panels, Plot legend, string stem, int panelSize, int legendHeight)
    {
        int width = 2 * panelSize, height = 2 * panelSize + legendHeight;
        var frames = Enumerable.Range(0, panels.Count)
            .Select(k => (Plot: panels[k], Left: (k % 2) * panelSize, Top: (k / 2) * panelSize, Width: panelSize, Height: panelSize))
            .Append((Plot: legend, Left: 0, Top: 2 * panelSize, Width: width, Height: legendHeight)).ToList();

        using (var surface = SKSurface.Create(new SKImageInfo(width, height)))
        {
            surface.Canvas.Clear(SKColors.White);
            // Each plot is rendered to its own image and placed: rendering straight onto a shared canvas
            // lets a plot paint its background over the panels drawn before it.
            foreach (var frame in frames)
            {
                using var panel = SKImage.FromEncodedData(frame.Plot.GetImageBytes(frame.Width, frame.Height, ImageFormat.Png));
                surface.Canvas.DrawImage(panel, frame.Left, frame.Top);
            }
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            AtomicFile.WriteAllBytes(stem + ".png", data.AsSpan());
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{width}\" height=\"{height}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect fill=\"white\" width=\"{width}\" height=\"{height}\"/>\n");
        for (int k = 0; k < frames.Count; k++)
        {
            var frame = frames[k];
            string inner = frame.Plot.GetSvgXml(frame.Width, frame.Height);
            inner = inner[inner.IndexOf("<svg", StringComparison.Ordinal)..];
            // Each panel's SVG numbers its clip paths and images from 0; prefix them so the panels do not share ids.
            inner = inner.Replace("id=\"", $"id=\"p{k}_").Replace("url(#", $"url(#p{k}_").Replace("href=\"#", $"href=\"#p{k}_");
            inner = string.Concat("<svg x=\"", frame.Left.ToString(CultureInfo.InvariantCulture), "\" y=\"", frame.Top.ToString(CultureInfo.InvariantCulture), "\"", inner[4..]);
            svg.Append(inner).Append('\n');
        }
        svg.Append("</svg>\n");
        AtomicFile.WriteAllText(stem + ".svg", svg.ToString());
    }

    /// <summary>Maps the cell states 0..3 (normalised to 0..1 by the heatmap) to fixed colours.</summary>
    private sealed class CategoricalColormap(Color[] colours) : IColormap
    {
        public string Name => "decision map states";
        public Color GetColor(double position)
        {
            if (double.IsNaN(position)) return Colors.White;
            int index = (int)Math.Round(Math.Clamp(position, 0, 1) * (colours.Length - 1));
            return colours[index];
        }
    }
}
