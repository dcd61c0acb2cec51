using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Experiments;

public class SweepGridTests
{
    private static readonly SweepAxis Width = new("width", (s, v) => s with { Network = s.Network with { Width = int.Parse(v) } });
    private static readonly SweepAxis Epsilon = new("epsilon", (s, v) => s with { Attack = s.Attack with { Epsilon = double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) } });

    [Fact]
    public void A_grid_is_the_one_axis_sweep_over_its_pairs_first_parameter_outermost()
    {
        var pairs = SweepGrid.Pairs(["10", "100"], ["0.1", "1", "5"]);
        Assert.Equal(["10|0.1", "10|1", "10|5", "100|0.1", "100|1", "100|5"], pairs);
        var axis = SweepGrid.Combine(Width, Epsilon);
        Assert.Equal("width|epsilon", axis.Name);
        var spec = axis.Apply(new ExperimentSpec(), "100|5");
        Assert.Equal((100, 5.0), (spec.Network.Width, spec.Attack.Epsilon));

        var grid = SweepGrid.Of(axis.Name, pairs)!;
        Assert.Equal(new[] { "10", "100" }, grid.Values1);
        Assert.Equal(new[] { "0.1", "1", "5" }, grid.Values2);
        Assert.Equal(("width", "epsilon"), (grid.Parameter1, grid.Parameter2));
        for (int index = 0; index < pairs.Count; index++)
        {
            var (row, column) = grid.Cell(index);
            Assert.Equal(pairs[index], grid.Values1[column] + "|" + grid.Values2[row]);
            Assert.Equal(index, grid.ValueIndex(row, column));
        }
        Assert.Null(SweepGrid.Of("width", ["10", "100"]));
    }

    [Fact]
    public void Tables_name_both_parameters_of_a_grid()
    {
        Assert.Equal(["width", "epsilon"], SweepGrid.Columns("width|epsilon"));
        Assert.Equal(["10", "0.1"], SweepGrid.Fields("width|epsilon", "10|0.1"));
        Assert.Equal(["width"], SweepGrid.Columns("width"));
        Assert.Equal(["1,2"], SweepGrid.Fields("classes", "1,2"));
    }

    [Fact]
    public void Malformed_grids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SweepGrid.Split("10"));
        Assert.Throws<ArgumentException>(() => SweepGrid.Split("1|2|3"));
        Assert.Throws<ArgumentException>(() => SweepGrid.Pairs(["a|b"], ["c"]));
        Assert.Throws<ArgumentException>(() => SweepGrid.Combine(new SweepAxis("a|b", (s, _) => s), Width));
        // Pairs out of order, or a missing pair, are not a grid.
        Assert.Throws<InvalidDataException>(() => SweepGrid.Of("width|epsilon", ["10|1", "100|1", "10|5", "100|5"]));
        Assert.Throws<InvalidDataException>(() => SweepGrid.Of("width|epsilon", ["10|1", "10|5", "100|1"]));
    }
}
