using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Theory;

namespace TheoremCheck.Experiments;

/// <summary>
/// The decision map of the reference code (map.py) and the poster: on a grid of points z of a plane
/// in input space, the outputs of f and g and the C2 conditions of THEORY §5 evaluated by
/// <see cref="PredictionMatching"/>, with the error term each failing margin condition is short of.
/// Arrays are indexed [row, column] as <see cref="MapGrid"/>.
/// </summary>
public sealed class DecisionMap
{
    public required MapPlane Plane { get; init; }
    public required MapGrid Grid { get; init; }
    public required double[,] F { get; init; }
    public required double[,] G { get; init; }
    public required ConditionReport[,] Conditions { get; init; }
    /// <summary>Whether the run behind the map is in the theorem's premise; outside it (a) and (b) are not claimed.</summary>
    public required PremiseCheck Premise { get; init; }
    /// <summary>Training samples projected onto the plane, with their labels.</summary>
    public required (double X, double Y)[] Samples { get; init; }
    public required int[] Labels { get; init; }

    public bool SignsAgree(int row, int column) => Metrics.Sign(F[row, column]) == Metrics.Sign(G[row, column]);

    public bool Holds(MapCondition condition, int row, int column)
    {
        var report = Conditions[row, column];
        return condition switch
        {
            MapCondition.MarginF => report.MarginF,
            MapCondition.MarginG => report.MarginG,
            MapCondition.Agreement => report.Agreement,
            MapCondition.All => report.All,
            _ => throw new ArgumentOutOfRangeException(nameof(condition)),
        };
    }

    public bool[,] Mask(MapCondition condition) => Build((r, c) => Holds(condition, r, c));
    public bool[,] SignsAgreeMask() => Build(SignsAgree);
    public double[,] Select(Func<ConditionReport, double> quantity) => Build((r, c) => quantity(Conditions[r, c]));

    /// <summary>The largest error term where condition (a) (<paramref name="conditionF"/>) or (b) fails; null where it holds.</summary>
    public ErrorTerm?[,] LargestFailingTerm(bool conditionF) => Build((r, c) =>
    {
        var report = Conditions[r, c];
        return conditionF ? report.MarginF ? null : report.ErrorsF.Largest : report.MarginG ? null : (ErrorTerm?)report.ErrorsG.Largest;
    });

    /// <summary>The conditions over the grid, row by row.</summary>
    public ConditionSummary Summary()
    {
        var reports = new List<ConditionReport>(Grid.Resolution * Grid.Resolution);
        var agree = new List<bool>(reports.Capacity);
        for (int r = 0; r < Grid.Resolution; r++)
            for (int c = 0; c < Grid.Resolution; c++) { reports.Add(Conditions[r, c]); agree.Add(SignsAgree(r, c)); }
        return ConditionSummary.Of(reports, agree);
    }

    /// <summary>
    /// Evaluates f, g and the conditions at every grid point; blocks of points are spread over the cores (each
    /// point is independent, so the result does not depend on the thread count).
    /// </summary>
    public static DecisionMap Compute(
        TwoLayerNetwork<double> f, TwoLayerNetwork<double> g, PredictionMatching conditions, PremiseCheck premise,
        Matrix<double> inputs, int[] labels, MapPlane plane, MapGrid grid,
        IProgress<StageProgress>? progress = null, CancellationToken cancel = default)
    {
        var problems = grid.Problems();
        if (problems.Count > 0) throw new ArgumentException(problems[0].ToString());
        if (plane.Dimension != inputs.Cols) throw new ArgumentException($"Plane of dimension {plane.Dimension} for inputs of dimension {inputs.Cols}.");
        int resolution = grid.Resolution;
        var coordinates = grid.Coordinates();

        var points = new Matrix<double>(resolution * resolution, plane.Dimension);
        for (int r = 0; r < resolution; r++)
            for (int c = 0; c < resolution; c++)
                plane.Point(coordinates[c], coordinates[r]).CopyTo(points.Row(r * resolution + c));
        var outputsF = f.Outputs(points);
        var outputsG = g.Outputs(points);
        var evaluated = conditions.Evaluate(points, (done, total) => progress?.Report(new StageProgress("decision map", done, total)), cancel);

        var reports = new ConditionReport[resolution, resolution];
        var fGrid = new double[resolution, resolution];
        var gGrid = new double[resolution, resolution];
        for (int r = 0; r < resolution; r++)
            for (int c = 0; c < resolution; c++)
            {
                reports[r, c] = evaluated[r * resolution + c];
                fGrid[r, c] = outputsF[r * resolution + c];
                gGrid[r, c] = outputsG[r * resolution + c];
            }
        var samples = new (double X, double Y)[inputs.Rows];
        for (int n = 0; n < inputs.Rows; n++) samples[n] = plane.Project(inputs.Row(n));
        return new DecisionMap
        {
            Plane = plane, Grid = grid, F = fGrid, G = gGrid, Conditions = reports, Premise = premise,
            Samples = samples, Labels = (int[])labels.Clone(),
        };
    }

    /// <summary>
    /// The map of a finished run: the plane of its class means, the grid on <paramref name="limits"/>
    /// (by default the square around the projected training samples), conditions with <paramref name="constants"/>.
    /// </summary>
    public static DecisionMap ForRun(RunResult<double> result, ConditionConstants constants, int resolution, (double Min, double Max)? limits = null,
        IProgress<StageProgress>? progress = null, CancellationToken cancel = default)
    {
        var run = result.Run;
        var plane = MapPlane.FromClassMeans(run.Inputs, run.Labels);
        var (min, max) = limits ?? MapGrid.LimitsAround(Enumerable.Range(0, run.Inputs.Rows).Select(n => plane.Project(run.Inputs.Row(n))).ToList());
        var conditions = RunConditions.For(run, result.Spec, constants);
        return Compute(run.F.Network, run.G.Network, conditions, RunConditions.Premise(run, result.Spec), run.Inputs, run.Labels, plane, new MapGrid(min, max, resolution), progress, cancel);
    }

    private T[,] Build<T>(Func<int, int, T> value)
    {
        var result = new T[Grid.Resolution, Grid.Resolution];
        for (int r = 0; r < Grid.Resolution; r++)
            for (int c = 0; c < Grid.Resolution; c++) result[r, c] = value(r, c);
        return result;
    }
}
