using System.Text.Json.Nodes;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class SpecJsonTests
{
    private static readonly ExperimentSpec Unusual = new()
    {
        Data = new DataSpec { Kind = DataKind.Mnist, Directory = "/data/x", Classes = new ClassPair(3, 8), Dimension = 7, Samples = 9, TestSamples = 11 },
        Network = new NetworkSpec { Width = 12, Slope = 0.125, Init = InitKind.Symmetric },
        Training = new TrainingSpec { Loss = LossKind.Exponential, LearningRateF = 0.5, LearningRateG = 0.25, EpochsF = 3, EpochsG = 4, Momentum = 0.5 },
        Attack = new AttackSpec { Epsilon = 0.2, Norm = PerturbationNorm.ScaledLinf, L0Coordinates = 2, Scenario = Scenario.B, Targets = TargetKind.Balanced },
        Seed = 42,
    };

    [Fact]
    public void A_specification_round_trips_with_numbers_as_numbers_and_words_for_choices()
    {
        var json = SpecJson.ToJson(Unusual);
        Assert.Equal(Unusual, SpecJson.FromJson(JsonNode.Parse(json.ToJsonString())!));
        Assert.Equal(7, (int)json["data"]!["dimension"]!);
        Assert.Equal("mnist", (string?)json["data"]!["kind"]);
        Assert.Equal("scaled-linf", (string?)json["attack"]!["norm"]);
        Assert.Equal("b", (string?)json["attack"]!["scenario"]);
        Assert.Equal(0.125, (double)json["network"]!["slope"]!);
        Assert.Equal(8, (int)json["data"]!["classes"]!["negative"]!);
        Assert.Equal(["kind", "directory", "classes", "centring", "dimension", "samples", "test_samples"], json["data"]!.AsObject().Select(p => p.Key));
        Assert.Equal("scalar", (string?)json["data"]!["centring"]);
        // A class pair left to the data set is null, and reads back as null.
        var own = SpecJson.ToJson(new ExperimentSpec { Data = new DataSpec { Kind = DataKind.FashionMnist } });
        Assert.Null(own["data"]!["classes"]);
        Assert.Equal(new ClassPair(0, 9), SpecJson.FromJson(own).Data.Pair);
        Assert.Equal(["data", "network", "training", "attack", "seed"], json.Select(p => p.Key));
        Assert.Equal(SpecJson.ToText(Unusual), SpecJson.ToText(SpecJson.FromJson(json)));
        Assert.NotEqual(SpecJson.ToText(Unusual), SpecJson.ToText(Unusual with { Seed = 43 }));
    }

    [Fact]
    public void Missing_values_take_their_defaults_and_bad_ones_are_refused()
    {
        Assert.Equal(new ExperimentSpec { Network = new NetworkSpec { Width = 5 } }, SpecJson.FromJson(JsonNode.Parse("""{"network": {"width": 5}}""")!));
        Assert.Throws<InvalidDataException>(() => SpecJson.FromJson(JsonNode.Parse("""{"attack": {"norm": "l3"}}""")!));
        Assert.Throws<InvalidDataException>(() => SpecJson.FromJson(JsonNode.Parse("""{"network": {"width": "wide"}}""")!));
    }

    [Fact]
    public void Problem_fields_are_paths_of_this_form()
    {
        var json = SpecJson.ToJson(new ExperimentSpec());
        foreach (var field in new[] { DataSpec.Field(nameof(DataSpec.TestSamples)), TrainingSpec.Field(nameof(TrainingSpec.LearningRateG)), AttackSpec.Field(nameof(AttackSpec.L0Coordinates)) })
        {
            var parts = field.Split('.');
            Assert.True(json[parts[0]]!.AsObject().ContainsKey(parts[1]), field);
        }
    }
}
