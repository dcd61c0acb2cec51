using System.Numerics;
using TheoremCheck.Attacks;
using TheoremCheck.Data;
using TheoremCheck.Networks;
using TheoremCheck.Numerics;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Tests;

public class ConfigTests
{
    [Fact]
    public void Defaults_are_the_canonical_configuration_of_THEORY_6()
    {
        var c = new ExperimentConfig();
        Assert.Equal((DataKind.ShiftedGauss, 100, 1000, 1000, 100), (c.Data, c.Dim, c.Samples, c.TestSamples, c.Width));
        Assert.Equal((0.0, LossKind.Identity, 1.0, 1.0, 1000, 1000), (c.Slope, c.Loss, c.LrF, c.LrG, c.EpochsF, c.EpochsG));
        Assert.Equal((0.9, 0.01, PerturbationNorm.L2, Scenario.A), (c.Momentum, c.Epsilon, c.Norm, c.Scenario));
        Assert.Equal((InitKind.Gaussian, TargetKind.Random, 0, false), (c.Init, c.Targets, c.Seed, c.Exact));
        Assert.Empty(c.Problems());
    }

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

    [Fact]
    public void Validate_names_the_first_problem()
    {
        var c = new ExperimentConfig { Width = 0, Dim = -1 };
        Assert.Equal(2, c.Problems().Count);
        var error = Assert.Throws<ConfigException>(c.Validate);
        Assert.Equal("--dim", error.Option);
        Assert.StartsWith("--dim must be a positive integer", error.Message);
        Assert.Empty((new ExperimentConfig { Norm = PerturbationNorm.L0, L0K = 100 }).Problems());
        Assert.Single((new ExperimentConfig { Norm = PerturbationNorm.L0, L0K = 101 }).Problems());
        Assert.Empty((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 100, EpochsF = 25, EpochsG = 25 }).Problems());
        Assert.Single((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 101, EpochsF = 25, EpochsG = 25 }).Problems());
        Assert.Single((new ExperimentConfig { Exact = true, Samples = 4, Width = 50, Dim = 100, EpochsF = 25, EpochsG = 26 }).Problems());
        Assert.Empty((new ExperimentConfig { Slope = 0.999, Momentum = 0, Epsilon = 0, EpochsF = 0, EpochsG = 0 }).Problems());
        Assert.Empty((new ExperimentConfig { Data = DataKind.Orthogonal, Dim = 10, Samples = 10, TestSamples = 10 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Orthogonal, Dim = 10, Samples = 10, TestSamples = 11 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory, PositiveClass = 10 }).Problems());
        Assert.Single((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory, Exact = true, Samples = 2, Width = 2, Dim = 2, EpochsF = 1, EpochsG = 1 }).Problems());
        Assert.Empty((new ExperimentConfig { Data = DataKind.Mnist, DataDir = RepositoryPaths.MnistDirectory }).Problems());
    }
}

public class NumericsTests
{
    [Fact]
    public void Matrix_rows_shapes_and_copies()
    {
        var m = Matrix<double>.FromRows([[1.0, 2], [3.0, 4], [5.0, 6]]);
        Assert.Equal((3, 2), (m.Rows, m.Cols));
        Assert.Equal(4.0, m[1, 1]);
        Assert.Equal(new[] { 5.0, 6 }, m.RowArray(2));
        var copy = m.Clone();
        copy[0, 0] = 9;
        Assert.Equal(1.0, m[0, 0]);
        Assert.Equal(new[] { 2.0, 4, 6, 8, 10, 12 }, m.Map(x => 2 * x).Data);
        Assert.Throws<ArgumentException>(() => Matrix<double>.FromRows([[1.0, 2], [3.0]]));
        Assert.Throws<ArgumentException>(() => new Matrix<double>(2, 2, new double[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Matrix<double>(-1, 2));
        Assert.Equal((0, 0), (Matrix<double>.FromRows([]).Rows, Matrix<double>.FromRows([]).Cols));
    }

    [Fact]
    public void Seeded_streams_depend_on_seed_and_purpose_only()
    {
        double First(int seed, string purpose) => Seeding.Stream(seed, purpose).NextDouble();
        Assert.Equal(First(3, "init-f"), First(3, "init-f"));
        Assert.NotEqual(First(3, "init-f"), First(3, "init-g"));
        Assert.NotEqual(First(3, "init-f"), First(4, "init-f"));
        var gaussian = Seeding.Gaussian(Seeding.Stream(1, "g"), 20000, 2, 3);
        Assert.InRange(gaussian.Average(), 2 - 5 * 3 / Math.Sqrt(20000), 2 + 5 * 3 / Math.Sqrt(20000));
    }

    [Fact]
    public void Generic_conversions_and_number_traits()
    {
        Assert.Equal(new Rational(1, 4), Create<Rational, double>(0.25));
        Assert.Equal(0.25, double.CreateChecked(0.25));
        Assert.Equal(0.5, double.CreateChecked(new Rational(1, 2)));
        Assert.Equal(new Rational(2, 3), Create<Rational, Rational>(new Rational(2, 3)));
        Assert.Equal(2.0 / 3, double.CreateChecked(new Rational(2, 3)));
        Assert.Equal(3.0, NumberTraits<double>.Sqrt(9.0));
        Assert.Throws<InvalidOperationException>(() => NumberTraits<Rational>.Sqrt(4));
        Assert.True(NumberTraits<Rational>.IsExact);
        Assert.False(NumberTraits<double>.IsExact);
        Assert.True(NumberTraits<double>.HasSquareRoot);
        Assert.False(NumberTraits<Rational>.HasSquareRoot);
        Assert.False(double.IsFinite(double.NaN));
        Assert.True(double.IsFinite(1.0));
        Assert.True(IsFinite(Rational.One));
        Assert.Throws<NotSupportedException>(() => Create<Rational, float>(1.0f));

        static bool IsFinite<T>(T value) where T : INumber<T> => T.IsFinite(value);
        static T Create<T, TFrom>(TFrom value) where T : INumber<T> where TFrom : INumber<TFrom> => T.CreateChecked(value);
    }

    [Fact]
    public void Rational_to_double_for_large_and_tiny_values()
    {
        var big = new Rational(System.Numerics.BigInteger.Pow(10, 300) + 1, 3);
        Assert.Equal(1e300 / 3, big.ToDouble(), 1e286);
        var tiny = new Rational(1, System.Numerics.BigInteger.Pow(10, 300));
        Assert.Equal(1e-300, tiny.ToDouble(), 1e-314);
        Assert.Equal(-0.1, Rational.Parse("-1/10").ToDouble());
    }

    [Fact]
    public void Rational_to_double_is_correctly_rounded()
    {
        // IEEE division of exactly representable integers is correctly rounded: the reference.
        var rng = new Random(5);
        for (int k = 0; k < 20000; k++)
        {
            long p = rng.NextInt64(-1L << 40, 1L << 40), q = rng.NextInt64(1, 1L << 40);
            Assert.Equal((double)p / q, new Rational(p, q).ToDouble());
        }
    }
}
