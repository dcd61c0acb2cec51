using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests.Pipeline;

public class ConfigOptionsTests
{
    [Fact]
    public void Every_option_round_trips_through_its_text()
    {
        var c = new ExperimentConfig
        {
            Data = DataKind.Uniform, Dim = 7, Samples = 9, TestSamples = 11, Width = 12, Slope = 0.125, Loss = LossKind.Exponential,
            LrF = 0.5, LrG = 0.25, EpochsF = 3, EpochsG = 4, Momentum = 0.5, Epsilon = 0.2, Norm = PerturbationNorm.L0, L0K = 2,
            Scenario = Scenario.B, Init = InitKind.Symmetric, Targets = TargetKind.Balanced, Seed = 42, PositiveClass = 3, NegativeClass = 8,
        };
        var rebuilt = ConfigOptions.Build(ConfigOptions.All.Where(o => o.Show(c) != "").Select(o => (o.Name, o.Show(c))));
        Assert.Equal(c, rebuilt);
        Assert.Contains("--data uniform", ConfigOptions.Describe(c));
        Assert.Contains("--classes 3,8", ConfigOptions.Describe(c));
        Assert.DoesNotContain("--data-dir", ConfigOptions.Describe(c));
        Assert.EndsWith("--exact", ConfigOptions.Describe(c with { Exact = true }));
    }

    [Fact]
    public void Options_are_found_with_or_without_dashes()
    {
        Assert.Equal("--width", ConfigOptions.Find("width").Name);
        Assert.Equal("--lr-f", ConfigOptions.Find("--lr-f").Name);
        var error = Assert.Throws<ConfigException>(() => ConfigOptions.Find("depth"));
        Assert.Equal("--param", error.Option);
        Assert.Contains("depth", error.Message);
        Assert.Equal(5, ConfigOptions.Build([("width", "5")]).Width);
        Assert.Equal(7, ConfigOptions.Build([("seed", "7")], new ExperimentConfig { Width = 3 }).Seed);
        Assert.Equal(3, ConfigOptions.Build([("seed", "7")], new ExperimentConfig { Width = 3 }).Width);
    }

    [Theory]
    [InlineData("--data", "GAUSS")]
    [InlineData("--norm", "LInf")]
    public void Choices_ignore_case(string option, string value) => ConfigOptions.Build([(option, value)]);
}
