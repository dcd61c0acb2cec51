using System.Globalization;
using System.Text;
using ScottPlot;
using SkiaSharp;
using TheoremCheck.Experiments;

namespace TheoremCheck.Cli;

/// <summary>
/// What every figure shares (ScottPlot 5): fonts sized for a slide, axis styling, legend strips, and saving a
/// figure of several panels under an overall title as PNG and SVG. The figures themselves are in
/// <see cref="MapFigures"/> and <see cref="SweepFigures"/>.
/// </summary>
public static class Plots
{
    /// <summary>Font sizes in pixels: readable on a slide when a figure fills it.</summary>
    public const float TitleSize = 22, LabelSize = 20, TickSize = 17, LegendSize = 19;

    private const int TitleHeight = 100;

    /// <summary>Title and axis labels at the slide sizes.</summary>
    public static void Style(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Title.Label.FontSize = TitleSize;
        foreach (IAxis axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = LabelSize;
            axis.TickLabelStyle.FontSize = TickSize;
        }
    }

    /// <summary>A frameless plot that holds only a horizontal legend, for the strip under a figure.</summary>
    public static Plot Legend(IEnumerable<LegendItem> items)
    {
        var legend = new Plot();
        legend.Axes.Frameless();
        legend.HideGrid();
        legend.Legend.Orientation = Orientation.Horizontal;
        legend.Legend.FontSize = LegendSize;
        legend.Legend.OutlineWidth = 0;
        legend.Legend.SymbolWidth = 44;
        legend.ShowLegend(items.ToArray(), Alignment.MiddleCenter);
        return legend;
    }

    /// <summary>Saves one plot as <paramref name="stem"/>.png and .svg (each written atomically).</summary>
    public static void Save(Plot plot, string stem, int width, int height)
    {
        AtomicFile.WriteAllBytes(stem + ".png", plot.GetImageBytes(width, height, ImageFormat.Png));
        AtomicFile.WriteAllText(stem + ".svg", plot.GetSvgXml(width, height));
    }

    /// <summary>
    /// Saves panels <paramref name="columns"/> per row under an overall title (lines separated by \n) and above a
    /// legend strip, as PNG and SVG.
    /// </summary>
    public static void SaveFigure(IReadOnlyList<Plot> panels, Plot legend, string title, string stem,
        int panelWidth, int panelHeight, int columns = 2, int legendHeight = 120)
    {
        var heading = new Plot();
        heading.Axes.Frameless();
        heading.HideGrid();
        var text = heading.Add.Text(title, 0, 0);
        text.LabelFontSize = TitleSize;
        text.LabelBold = true;
        text.LabelAlignment = Alignment.MiddleCenter;
        heading.Axes.SetLimits(-1, 1, -1, 1);

        columns = Math.Max(1, Math.Min(columns, panels.Count));
        int rows = (panels.Count + columns - 1) / columns, width = columns * panelWidth;
        var frames = new List<(Plot Plot, int Left, int Top, int Width, int Height)> { (heading, 0, 0, width, TitleHeight) };
        for (int k = 0; k < panels.Count; k++)
            frames.Add((panels[k], (k % columns) * panelWidth, TitleHeight + (k / columns) * panelHeight, panelWidth, panelHeight));
        frames.Add((legend, 0, TitleHeight + rows * panelHeight, width, legendHeight));
        SaveFrames(frames, width, TitleHeight + rows * panelHeight + legendHeight, stem);
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
}
