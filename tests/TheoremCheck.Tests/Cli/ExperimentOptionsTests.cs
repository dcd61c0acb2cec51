using TheoremCheck.Attacks;
using TheoremCheck.Cli;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Cli;

public class ExperimentOptionsTests
{
    private static readonly ExperimentSpec Unusual = new()
    {
        Data = new DataSpec { Kind = DataKind.Uniform, Classes = new ClassPair(3, 8), Centring = Centring.Pixel, Dimension = 7, Samples = 9, TestSamples = 11 },
        Network = new NetworkSpec { Width = 12, Slope = 0.125, Init = InitKind.Symmetric },
        Training = new TrainingSpec { Loss = LossKind.Exponential, LearningRateF = 0.5, LearningRateG = 0.25, EpochsF = 3, EpochsG = 4, Momentum = 0.5 },
        Attack = new AttackSpec { Epsilon = 0.2, Norm = PerturbationNorm.L0, L0Coordinates = 2, Scenario = Scenario.B, Targets = TargetKind.Balanced },
        Seed = 42,
    };

    [Fact]
    public void Every_option_round_trips_through_its_text()
    {
        var rebuilt = ExperimentOptions.Build(ExperimentOptions.All.Where(o => o.Show(Unusual) != "").Select(o => (o.Name, o.Show(Unusual))));
        Assert.Equal(Unusual, rebuilt);
        string described = ExperimentOptions.Describe(Unusual);
        Assert.StartsWith("--data uniform --classes 3,8 --centring pixel --dim 7", described);
        Assert.DoesNotContain("--data-dir", described);
        Assert.EndsWith("--seed 42", described);
    }

    [Fact]
    public void Every_option_sets_the_field_it_names_and_only_that()
    {
        foreach (var option in ExperimentOptions.All.Where(o => o.Name != "--data-dir"))
        {
            var changed = option.Apply(new ExperimentSpec(), option.Show(Unusual));
            var before = SpecJson.ToJson(new ExperimentSpec());
            var after = SpecJson.ToJson(changed);
            var differing = new List<string>();
            foreach (var (section, value) in after)
                if (value is System.Text.Json.Nodes.JsonObject fields)
                    differing.AddRange(fields.Where(f => f.Value?.ToJsonString() != before[section]![f.Key]?.ToJsonString()).Select(f => $"{section}.{f.Key}"));
                else if (value?.ToJsonString() != before[section]?.ToJsonString()) differing.Add(section);
            Assert.Equal([option.Field], differing);
        }
    }

    [Fact]
    public void Options_are_found_with_or_without_dashes_and_unknown_ones_get_a_suggestion()
    {
        Assert.Equal("--width", ExperimentOptions.Find("width", "--param").Name);
        Assert.Equal("--lr-f", ExperimentOptions.Find("--lr-f", "--param").Name);
        var error = Assert.Throws<ConfigException>(() => ExperimentOptions.Find("widht", "--param"));
        Assert.Equal("--param", error.Option);
        Assert.Contains("did you mean width?", error.Message);
        Assert.Equal(5, ExperimentOptions.Build([("width", "5")]).Network.Width);
        Assert.Equal(3, ExperimentOptions.Build([("seed", "7")], new ExperimentSpec { Network = new NetworkSpec { Width = 3 } }).Network.Width);
    }

    [Theory]
    [InlineData("--data", "GAUSS")]
    [InlineData("--norm", "LInf")]
    public void Choices_ignore_case(string option, string value) => ExperimentOptions.Build([(option, value)]);

    [Theory]
    [InlineData("--width", "1.5", "--width: must be an integer, got '1.5'")]
    [InlineData("--epsilon", "NaN", "--epsilon: must be a finite number, got 'NaN'")]
    [InlineData("--norm", "l3", "--norm: must be one of l2, linf, l0, got 'l3' (did you mean l2 or l0?)")]
    [InlineData("--classes", "1", "--classes: must be two class numbers positive,negative (e.g. 1,2), got '1'")]
    public void Values_that_do_not_parse_are_refused_naming_the_option_and_what_it_accepts(string option, string value, string message) =>
        Assert.Equal(message, Assert.Throws<ConfigException>(() => ExperimentOptions.Build([(option, value)])).Message);

    [Fact]
    public void The_configuration_json_has_numbers_as_numbers_and_leaves_out_what_does_not_apply()
    {
        var json = ExperimentOptions.ConfigJson(Unusual);
        Assert.Equal(7, (int)json["dim"]!);
        Assert.Equal(0.125, (double)json["slope"]!);
        Assert.Equal("uniform", (string?)json["data"]);
        Assert.Equal(2, (int)json["l0-k"]!);
        Assert.False(json.ContainsKey("classes"));
        Assert.False(json.ContainsKey("data-dir"));
        var mnist = ExperimentOptions.ConfigJson(new ExperimentSpec { Data = new DataSpec { Kind = DataKind.Mnist, Directory = "d" } });
        Assert.Equal("[1,2]", mnist["classes"]!.ToJsonString());
        Assert.Equal("d", (string?)mnist["data-dir"]);
        Assert.False(mnist.ContainsKey("l0-k"));
    }

    [Fact]
    public void Problems_are_said_with_the_flag_of_their_field()
    {
        var problem = Assert.Single(new ExperimentSpec { Network = new NetworkSpec { Width = -3 } }.Problems());
        Assert.Equal("--width: must be a positive integer, got -3", ExperimentOptions.Usage(problem).Message);
        Assert.Equal("--exact: x", ExperimentOptions.Usage(new SpecProblem(ExactArithmetic.Field, "x"), RunCommand.OtherFields).Message);
        Assert.Equal("elsewhere: x", ExperimentOptions.Usage(new SpecProblem("elsewhere", "x")).Message);
        Assert.Equal("--width 12 --seed 42", ExperimentOptions.NonDefault(new ExperimentSpec { Network = new NetworkSpec { Width = 12 }, Seed = 42 }, new ExperimentSpec()));
        Assert.Equal("--seed 42", ExperimentOptions.NonDefault(new ExperimentSpec { Network = new NetworkSpec { Width = 12 }, Seed = 42 }, new ExperimentSpec(), except: "--width"));
    }
}
