namespace TheoremCheck.Experiments;

/// <summary>
/// The zero level set of a function sampled on a grid, by marching squares: on every grid cell the
/// crossings of the cell edges are linearly interpolated and joined; segments that share a crossing
/// are chained into polylines (closed ones end at their first point). Values ≥ 0 count as the
/// positive side, so an exact zero at a corner belongs to the positive region.
/// </summary>
public static class ZeroContour
{
    /// <param name="values">Samples [row, column] at (xs[column], ys[row]).</param>
    public static IReadOnlyList<(double X, double Y)[]> Polylines(double[,] values, double[] xs, double[] ys)
    {
        int rows = values.GetLength(0), cols = values.GetLength(1);
        if (ys.Length != rows || xs.Length != cols) throw new ArgumentException($"Grid {rows}x{cols} with {ys.Length} y and {xs.Length} x coordinates.");

        var points = new Dictionary<long, (double X, double Y)>();
        var segments = new List<(long A, long B)>();
        // Edge keys: horizontal edge (r, c)-(r, c+1) and vertical edge (r, c)-(r+1, c), unique per edge.
        long Horizontal(int r, int c) => ((long)r * cols + c) * 2;
        long Vertical(int r, int c) => ((long)r * cols + c) * 2 + 1;

        long Crossing(long key, double x0, double y0, double v0, double x1, double y1, double v1)
        {
            if (!points.ContainsKey(key))
            {
                double t = v0 / (v0 - v1);
                points[key] = (x0 + t * (x1 - x0), y0 + t * (y1 - y0));
            }
            return key;
        }

        for (int r = 0; r + 1 < rows; r++)
            for (int c = 0; c + 1 < cols; c++)
            {
                double v00 = values[r, c], v01 = values[r, c + 1], v10 = values[r + 1, c], v11 = values[r + 1, c + 1];
                if (!double.IsFinite(v00) || !double.IsFinite(v01) || !double.IsFinite(v10) || !double.IsFinite(v11)) continue;
                bool p00 = v00 >= 0, p01 = v01 >= 0, p10 = v10 >= 0, p11 = v11 >= 0;
                var crossings = new List<long>(4);
                // Walk the cell boundary in order: bottom, right, top, left.
                if (p00 != p01) crossings.Add(Crossing(Horizontal(r, c), xs[c], ys[r], v00, xs[c + 1], ys[r], v01));
                if (p01 != p11) crossings.Add(Crossing(Vertical(r, c + 1), xs[c + 1], ys[r], v01, xs[c + 1], ys[r + 1], v11));
                if (p10 != p11) crossings.Add(Crossing(Horizontal(r + 1, c), xs[c + 1], ys[r + 1], v11, xs[c], ys[r + 1], v10) );
                if (p00 != p10) crossings.Add(Crossing(Vertical(r, c), xs[c], ys[r + 1], v10, xs[c], ys[r], v00));
                if (crossings.Count == 2) segments.Add((crossings[0], crossings[1]));
                else if (crossings.Count == 4)
                {
                    // Saddle: the cell centre's sign decides which corners are connected.
                    bool centrePositive = (v00 + v01 + v10 + v11) / 4 >= 0;
                    if (centrePositive == p00) { segments.Add((crossings[0], crossings[1])); segments.Add((crossings[2], crossings[3])); }
                    else { segments.Add((crossings[0], crossings[3])); segments.Add((crossings[1], crossings[2])); }
                }
            }
        return Chain(segments, points);
    }

    private static List<(double X, double Y)[]> Chain(List<(long A, long B)> segments, Dictionary<long, (double X, double Y)> points)
    {
        var touching = new Dictionary<long, List<int>>();
        for (int s = 0; s < segments.Count; s++)
            foreach (var key in new[] { segments[s].A, segments[s].B })
            {
                if (!touching.TryGetValue(key, out var list)) touching[key] = list = new List<int>(2);
                list.Add(s);
            }
        var used = new bool[segments.Count];
        var lines = new List<(double X, double Y)[]>();

        // Open polylines start at an end touched by one segment; what remains afterwards are closed loops.
        var starts = touching.Where(kv => kv.Value.Count == 1).Select(kv => kv.Key)
            .Concat(segments.Select(s => s.A)).ToList();
        foreach (var start in starts)
        {
            int first = touching[start].FirstOrDefault(s => !used[s], -1);
            if (first < 0) continue;
            var keys = new List<long> { start };
            long current = start;
            for (int s = first; s >= 0; s = touching[current].FirstOrDefault(t => !used[t], -1))
            {
                used[s] = true;
                current = segments[s].A == current ? segments[s].B : segments[s].A;
                keys.Add(current);
            }
            lines.Add(keys.Select(k => points[k]).ToArray());
        }
        return lines;
    }
}
