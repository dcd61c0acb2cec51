using System.Text.Json.Nodes;
using TheoremCheck.Cli;

namespace TheoremCheck.Tests.Cli;

public sealed class ConditionsSectionTests : CommandOutputTest
{
    private static readonly string[] Lazy =
        ["run", "--dim", "4", "--samples", "12", "--test-samples", "9", "--width", "300", "--epochs-f", "8", "--epochs-g", "8", "--epsilon", "0.5", "--targets", "balanced"];

    [Fact]
    public void Run_json_states_the_premise_and_the_conditions_at_the_test_points()
    {
        var (code, stdout, err) = Invoke([.. Lazy, "--json"]);
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(stdout)!;
        var theory = json["theory"]!;
        bool holds = (bool)theory["premise"]!["holds"]!;
        Assert.Equal((double)json["flipped_f"]!, (double)theory["premise"]!["flipped_f"]!);
        Assert.Equal(holds ? 1 : 0, (double)json["premise"]!);
        Assert.Equal(9, (int)theory["conditions"]!["points"]!);
        Assert.Equal(holds ? "applies" : "outside the theorem's premise", (string?)theory["conditions"]!["status"]);
        Assert.Equal((double)json["margin_f"]!, (double)theory["conditions"]!["share_margin_f"]!);
        Assert.NotNull(theory["looseness"]!["median_ratio_f"]);
        double failingF = 1 - (double)json["margin_f"]!;
        double largest = theory["conditions"]!["largest_term_where_f_fails"]!.AsObject().Sum(kv => (double)kv.Value!);
        Assert.Equal(failingF > 0 ? 1 : 0, largest, 12);
    }

    [Fact]
    public void Outside_the_premise_the_text_never_shows_a_margin_condition_as_plainly_holding()
    {
        // 100 + 100 epochs at width 40: f's patterns flip far beyond the lazy threshold.
        var (code, stdout, err) = Invoke("run", "--dim", "6", "--samples", "30", "--test-samples", "20", "--width", "40", "--epochs-f", "100", "--epochs-g", "100");
        Assert.True(code == 0, err);
        Assert.Contains("premise: outside the theorem's premise: flipped_f", stdout);
        Assert.Contains("C2 conditions at the 20 test points, outside the theorem's premise:", stdout);
        var conditionLine = stdout.Split('\n').Single(l => l.TrimStart().StartsWith("(a) ", StringComparison.Ordinal) && l.Contains("(b)"));
        Assert.Contains("(a) outside the theorem's premise (", conditionLine);
        Assert.Contains("(b) outside the theorem's premise (", conditionLine);
        Assert.DoesNotContain("margin_f", stdout);
    }

    [Fact]
    public void Runs_the_conditions_are_not_derived_for_say_why_naming_the_option()
    {
        var (code, stdout, err) = Invoke([.. Lazy, "--scenario", "b", "--json"]);
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(stdout)!;
        Assert.StartsWith("not applicable: --scenario must be a", (string?)json["theory"]!["conditions"]);
        Assert.Null(json["margin_f"]);
        Assert.NotNull(json["theory"]!["premise"]!["holds"]);
        var (_, text, _) = Invoke([.. Lazy, "--scenario", "b"]);
        Assert.Contains("C2 conditions: not applicable (--scenario must be a", text);
    }

    [Fact]
    public void Run_out_writes_every_test_point_with_its_error_terms()
    {
        string dir = Path.Combine(TempDir, "run");
        var (code, _, err) = Invoke([.. Lazy, "--out", dir]);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(Path.Combine(dir, RunCommand.ConditionsCsv));
        Assert.StartsWith("#", lines[0]);
        var header = lines[1].Split(',');
        Assert.Equal(["test_point", .. ConditionReports.PointColumns], header);
        Assert.Equal(2 + 9, lines.Length);
        foreach (var line in lines[2..])
        {
            var cells = line.Split(',');
            double Cell(string name) => double.Parse(cells[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Cell("threshold_f"), Cell("f_initial_output") + Cell("f_width") + Cell("f_bias"), 12);
            Assert.Equal(Cell("margin_f") == 1, Math.Abs(Cell("f_hat")) > Cell("threshold_f"));
        }
    }
}
