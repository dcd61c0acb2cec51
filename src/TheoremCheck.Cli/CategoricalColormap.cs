using ScottPlot;

namespace TheoremCheck.Cli;

/// <summary>Maps categorical cell states 0..K-1 (normalised to 0..1 by a heatmap) to fixed colours.</summary>
public sealed class CategoricalColormap(IReadOnlyList<Color> colours) : IColormap
{
    public string Name => "categorical";

    public Color GetColor(double position)
    {
        if (double.IsNaN(position)) return Colors.White;
        int index = (int)Math.Round(Math.Clamp(position, 0, 1) * (colours.Count - 1));
        return colours[index];
    }
}
