using System.Globalization;
using System.Text;
using ScottPlot;
using SkiaSharp;
using TheoremCheck.Experiments;
using TheoremCheck.Theory;

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

    // Okabe-Ito colours, safe for the common colour-vision deficiencies. Cell states of a panel:
    // (condition holds ? 2 : 0) + (sgn f = sgn g ? 1 : 0). Signs that differ are warm (orange, vermillion) and
    // signs that agree cool (grey, blue) whether the condition holds or not, so disagreement stands out in every panel;
    // a holding condition is the saturated colour of its pair.
    private static readonly Color[] StateColours =
    [
        Color.FromHex("#F0B45A"), // condition fails, signs differ
        Color.FromHex("#E4E8EE"), // condition fails, signs agree
        Color.FromHex("#D55E00"), // condition holds, signs differ: a counterexample to C2 in panel (d)
        Color.FromHex("#4A90C8"), // condition holds, signs agree
    ];

    // The largest error term where a margin condition fails, Okabe-Ito again; light grey where the condition holds.
    private static readonly Color[] TermColours =
    [
        Color.FromHex("#E69F00"), // initial output
        Color.FromHex("#56B4E9"), // finite width
        Color.FromHex("#009E73"), // gradient direction
        Color.FromHex("#CC79A7"), // bias (target imbalance)
        Color.FromHex("#F4F4F4"), // condition holds
    ];

    private static readonly Color SampleColour = Color.FromHex("#1A1A1A");
    private static readonly Color ZeroG = Color.FromHex("#F0E442");
    private const float TitleSize = 22, LabelSize = 20, TickSize = 17, LegendSize = 19;

    /// <summary>The poster's four panels over the same plane; the subtitle says where each condition holds, or that the run is outside the premise.</summary>
    public static IReadOnlyList<Plot> MapPanels(DecisionMap map)
    {
        var signsAgree = map.SignsAgreeMask();
        var plots = new List<Plot>();
        int n = map.Grid.Resolution;
        foreach (var (title, condition) in Panels)
        {
            var mask = map.Mask(condition);
            int holds = mask.Cast<bool>().Count(b => b);
            var plot = MapFrame(map, (r, c) => (mask[r, c] ? 2 : 0) + (signsAgree[r, c] ? 1 : 0), StateColours);
            double share = (double)holds / (n * n);
            // (c) is a statement about f̂ and ĝ_n alone; (a), (b) and their intersection need the lazy regime.
            string status = condition == MapCondition.Agreement || map.Premise.Holds
                ? $"holds on {ConditionReports.Percent(share)}"
                : $"{PremiseCheck.Outside} (would hold on {ConditionReports.Percent(share)})";
            Style(plot, $"{title}\n{status}", map.Plane);
            plots.Add(plot);
        }
        return plots;
    }

    /// <summary>Where (a) and (b) fail, the largest of their error terms (THEORY §5): what each condition is short of.</summary>
    public static IReadOnlyList<Plot> TermPanels(DecisionMap map)
    {
        var plots = new List<Plot>();
        foreach (var (conditionF, title) in new (bool, string)[] { (true, "(a) margin condition 1"), (false, "(b) margin condition 2") })
        {
            var terms = map.LargestFailingTerm(conditionF);
            int n = map.Grid.Resolution, failing = terms.Cast<ErrorTerm?>().Count(t => t is not null);
            var plot = MapFrame(map, (r, c) => terms[r, c] is { } term ? (int)term : TermColours.Length - 1, TermColours);
            string premise = map.Premise.Holds ? "" : $"; {PremiseCheck.Outside}";
            Style(plot, $"{title}: largest error term\nwhere it fails ({ConditionReports.Percent((double)failing / (n * n))}{premise})", map.Plane);
            plots.Add(plot);
        }
        return plots;
    }

    public static Plot MapLegend() => Legend(
    [
        new LegendItem { LabelText = "condition holds, sgn f = sgn g", FillColor = StateColours[3] },
        new LegendItem { LabelText = "condition holds, sgn f ≠ sgn g", FillColor = StateColours[2] },
        new LegendItem { LabelText = "condition fails, sgn f = sgn g", FillColor = StateColours[1], OutlineColor = Colors.Gray, OutlineWidth = 1 },
        new LegendItem { LabelText = "condition fails, sgn f ≠ sgn g", FillColor = StateColours[0] },
        .. CurveAndSampleItems(),
    ]);

    public static Plot TermLegend() => Legend(
    [
        .. MarginErrors.Terms.Select(t => new LegendItem { LabelText = MarginErrors.Name(t), FillColor = TermColours[(int)t] }),
        new LegendItem { LabelText = "condition holds", FillColor = TermColours[^1], OutlineColor = Colors.Gray, OutlineWidth = 1 },
        .. CurveAndSampleItems(),
    ]);

    private static IEnumerable<LegendItem> CurveAndSampleItems() =>
    [
        new LegendItem { LabelText = "f(z) = 0", LineColor = Colors.Black, LineWidth = 3 },
        new LegendItem { LabelText = "g(z) = 0 (dashed)", LineColor = Color.FromHex("#A89A00"), LineWidth = 4, LinePattern = LinePattern.Dashed },
        new LegendItem { LabelText = "positive samples", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 10, MarkerColor = SampleColour },
        new LegendItem { LabelText = "negative samples", MarkerShape = MarkerShape.Eks, MarkerSize = 10, MarkerColor = SampleColour },
    ];

    private static Plot Legend(LegendItem[] items)
    {
        var legend = new Plot();
        legend.Axes.Frameless();
        legend.HideGrid();
        legend.Legend.Orientation = Orientation.Horizontal;
        legend.Legend.FontSize = LegendSize;
        legend.Legend.OutlineWidth = 0;
        legend.ShowLegend(items, Alignment.MiddleCenter);
        return legend;
    }

    /// <summary>A heat map of categorical cell states over the grid, with the zero curves of f and g and the projected samples.</summary>
    private static Plot MapFrame(DecisionMap map, Func<int, int, int> state, Color[] colours)
    {
        var plot = new Plot();
        int n = map.Grid.Resolution;
        // Heatmap rows run top to bottom; grid row 0 is the bottom (y = Min).
        var states = new double[n, n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) states[n - 1 - r, c] = state(r, c);
        var heatmap = plot.Add.Heatmap(states);
        heatmap.Colormap = new CategoricalColormap(colours);
        heatmap.ManualRange = new ScottPlot.Range(0, colours.Length - 1);
        double half = map.Grid.Step / 2;
        heatmap.Extent = new CoordinateRect(map.Grid.Min - half, map.Grid.Max + half, map.Grid.Min - half, map.Grid.Max + half);

        AddSamples(plot, map, +1, MarkerShape.OpenCircle);
        AddSamples(plot, map, -1, MarkerShape.Eks);
        var xs = map.Grid.Coordinates();
        foreach (var curve in ZeroContour.Polylines(map.F, xs, xs)) AddCurve(plot, curve, Colors.Black, 3, LinePattern.Solid);
        // g's curve is yellow dashes outlined in black, visible on every cell colour and on top of f's curve where they meet.
        foreach (var curve in ZeroContour.Polylines(map.G, xs, xs))
        {
            AddCurve(plot, curve, Colors.Black, 6, LinePattern.Dashed);
            AddCurve(plot, curve, ZeroG, 3, LinePattern.Dashed);
        }
        plot.Axes.SetLimits(map.Grid.Min - half, map.Grid.Max + half, map.Grid.Min - half, map.Grid.Max + half);
        plot.HideGrid();
        return plot;
    }

    private static void Style(Plot plot, string title, MapPlane plane)
    {
        plot.Title(title);
        plot.XLabel(plane.FirstAxisLabel);
        plot.YLabel(plane.SecondAxisLabel);
        plot.Axes.Title.Label.FontSize = TitleSize;
        foreach (ScottPlot.IAxis axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = LabelSize;
            axis.TickLabelStyle.FontSize = TickSize;
        }
    }

    private static void AddSamples(Plot plot, DecisionMap map, int label, MarkerShape shape)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int k = 0; k < map.Samples.Length; k++)
        {
            var (x, y) = map.Samples[k];
            if (map.Labels[k] == label && x >= map.Grid.Min && x <= map.Grid.Max && y >= map.Grid.Min && y <= map.Grid.Max) { xs.Add(x); ys.Add(y); }
        }
        if (xs.Count > 0) plot.Add.Markers(xs.ToArray(), ys.ToArray(), shape, 6, SampleColour.WithAlpha(0.6));
    }

    private static void AddCurve(Plot plot, (double X, double Y)[] curve, Color colour, float width, LinePattern pattern)
    {
        var line = plot.Add.ScatterLine(curve.Select(p => p.X).ToArray(), curve.Select(p => p.Y).ToArray(), colour);
        line.LineWidth = width;
        line.LinePattern = pattern;
    }

    /// <summary>Saves one plot as <paramref name="stem"/>.png and .svg (each written atomically).</summary>
    public static void Save(Plot plot, string stem, int width, int height)
    {
        AtomicFile.WriteAllBytes(stem + ".png", plot.GetImageBytes(width, height, ImageFormat.Png));
        AtomicFile.WriteAllText(stem + ".svg", plot.GetSvgXml(width, height));
    }

    /// <summary>Pixel size of one map panel: four of them fill a 16:9 slide at full resolution.</summary>
    public const int PanelSize = 720;
    private const int TitleHeight = 100, LegendHeight = 120;

    /// <summary>
    /// Saves panels two per row under an overall title and above a legend strip, as PNG and SVG.
    /// </summary>
    public static void SaveFigure(IReadOnlyList<Plot> panels, Plot legend, string title, string stem)
    {
        var heading = new Plot();
        heading.Axes.Frameless();
        heading.HideGrid();
        var text = heading.Add.Text(title, 0, 0);
        text.LabelFontSize = TitleSize;
        text.LabelBold = true;
        text.LabelAlignment = Alignment.MiddleCenter;
        heading.Axes.SetLimits(-1, 1, -1, 1);

        int rows = (panels.Count + 1) / 2, width = 2 * PanelSize;
        var frames = new List<(Plot Plot, int Left, int Top, int Width, int Height)> { (heading, 0, 0, width, TitleHeight) };
        for (int k = 0; k < panels.Count; k++) frames.Add((panels[k], (k % 2) * PanelSize, TitleHeight + (k / 2) * PanelSize, PanelSize, PanelSize));
        frames.Add((legend, 0, TitleHeight + rows * PanelSize, width, LegendHeight));
        SaveFrames(frames, width, TitleHeight + rows * PanelSize + LegendHeight, stem);
    }

    private static void SaveFrames(IReadOnlyList<(Plot Plot, int Left, int Top, int Width, int Height)> frames, int width, int height, string stem)
    {
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

    /// <summary>Maps the cell states 0..K-1 (normalised to 0..1 by the heatmap) to fixed colours.</summary>
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
