using ScottPlot;
using TheoremCheck.Experiments;
using TheoremCheck.Theory;

namespace TheoremCheck.Cli;

/// <summary>
/// The figures of <c>map</c>: the poster's four panels of the C2 conditions over the plane of the class means, and
/// the largest error term where (a) and (b) fail. Colours are Okabe-Ito's, told apart with the common colour-vision
/// deficiencies; samples differ by shape, the zero curves by line style.
/// </summary>
public static class MapFigures
{
    private static readonly (string Title, MapCondition Condition)[] Conditions =
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

    /// <summary>Pixel size of one map panel: four of them fill a 16:9 slide at full resolution.</summary>
    public const int PanelSize = 720;

    /// <summary>Saves the four condition panels (<paramref name="stem"/>) and the error-term panels (<paramref name="termsStem"/>).</summary>
    public static void Save(DecisionMap map, string title, string stem, string termsStem)
    {
        Plots.SaveFigure(Panels(map), Plots.Legend(ConditionLegend()), title, stem, PanelSize, PanelSize);
        Plots.SaveFigure(TermPanels(map), Plots.Legend(TermLegend()), title, termsStem, PanelSize, PanelSize);
    }

    /// <summary>The poster's four panels over the same plane; the subtitle says where each condition holds, or that the run is outside the premise.</summary>
    public static IReadOnlyList<Plot> Panels(DecisionMap map)
    {
        var signsAgree = map.SignsAgreeMask();
        var plots = new List<Plot>();
        int n = map.Grid.Resolution;
        foreach (var (title, condition) in Conditions)
        {
            var mask = map.Mask(condition);
            int holds = mask.Cast<bool>().Count(b => b);
            var plot = MapFrame(map, (r, c) => (mask[r, c] ? 2 : 0) + (signsAgree[r, c] ? 1 : 0), StateColours);
            double share = (double)holds / (n * n);
            // (c) is a statement about f̂ and ĝ_n alone; (a), (b) and their intersection need the lazy regime.
            string status = condition == MapCondition.Agreement || map.Premise.Holds
                ? $"holds on {ConditionReports.Percent(share)}"
                : $"{PremiseCheck.Outside} (would hold on {ConditionReports.Percent(share)})";
            Plots.Style(plot, $"{title}\n{status}", map.Plane.FirstAxisLabel, map.Plane.SecondAxisLabel);
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
            // A third line rather than a longer second one: at slide font sizes the subtitle would overrun the panel.
            string premise = map.Premise.Holds ? "" : $"\n{PremiseCheck.Outside}";
            Plots.Style(plot, $"{title}: largest error term\nwhere it fails: {ConditionReports.Percent((double)failing / (n * n))}{premise}", map.Plane.FirstAxisLabel, map.Plane.SecondAxisLabel);
            plots.Add(plot);
        }
        return plots;
    }

    public static IEnumerable<LegendItem> ConditionLegend() =>
    [
        new LegendItem { LabelText = "condition holds, sgn f = sgn g", FillColor = StateColours[3] },
        new LegendItem { LabelText = "condition holds, sgn f ≠ sgn g", FillColor = StateColours[2] },
        new LegendItem { LabelText = "condition fails, sgn f = sgn g", FillColor = StateColours[1], OutlineColor = Colors.Gray, OutlineWidth = 1 },
        new LegendItem { LabelText = "condition fails, sgn f ≠ sgn g", FillColor = StateColours[0] },
        .. CurveAndSampleItems(),
    ];

    public static IEnumerable<LegendItem> TermLegend() =>
    [
        .. MarginErrors.Terms.Select(t => new LegendItem { LabelText = MarginErrors.Name(t), FillColor = TermColours[(int)t] }),
        new LegendItem { LabelText = "condition holds", FillColor = TermColours[^1], OutlineColor = Colors.Gray, OutlineWidth = 1 },
        .. CurveAndSampleItems(),
    ];

    private static IEnumerable<LegendItem> CurveAndSampleItems() =>
    [
        new LegendItem { LabelText = "f(z) = 0", LineColor = Colors.Black, LineWidth = 3 },
        new LegendItem { LabelText = "g(z) = 0 (dashed)", LineColor = Color.FromHex("#A89A00"), LineWidth = 4, LinePattern = LinePattern.Dashed },
        new LegendItem { LabelText = "positive samples", MarkerShape = MarkerShape.OpenCircle, MarkerSize = 10, MarkerColor = SampleColour },
        new LegendItem { LabelText = "negative samples", MarkerShape = MarkerShape.Eks, MarkerSize = 10, MarkerColor = SampleColour },
    ];

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
}
