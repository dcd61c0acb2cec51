namespace TheoremCheck.Tests.Snapshots;

/// <summary>The mechanism itself: a baseline with one number changed fails with a readable difference.</summary>
public class SnapshotMechanismTests
{
    [Fact]
    public void Changing_one_number_of_a_baseline_fails_its_test_and_shows_the_difference()
    {
        var temp = System.IO.Directory.CreateTempSubdirectory("snapshots").FullName;
        try
        {
            var baseline = File.ReadAllText(Path.Combine(Baselines.Directory, "__snapshots__", "kernel-phi-table.snap"));
            System.IO.Directory.CreateDirectory(Path.Combine(temp, "__snapshots__"));
            const string original = "\"phi\": 0.5";
            Assert.Contains(original, baseline);
            var edited = baseline[..baseline.IndexOf(original)] + "\"phi\": 0.500001" + baseline[(baseline.IndexOf(original) + original.Length)..];
            File.WriteAllText(Path.Combine(temp, "__snapshots__", "kernel-phi-table.snap"), edited);

            var rows = KernelTable();
            var error = Assert.ThrowsAny<Exception>(() => Baselines.Match(rows, "kernel-phi-table", temp));
            Assert.Contains("0.500001", error.Message);
            Assert.Contains("0.5", error.Message);

            File.WriteAllText(Path.Combine(temp, "__snapshots__", "kernel-phi-table.snap"), baseline);
            Baselines.Match(rows, "kernel-phi-table", temp);
        }
        finally { System.IO.Directory.Delete(temp, recursive: true); }
    }

    [Fact]
    public void Rounding_keeps_six_significant_digits()
    {
        Assert.Equal(0.123457, Baselines.Round(0.1234567891));
        Assert.Equal(123457, Baselines.Round(123456.7891));
        Assert.Equal(1.23457e-9, Baselines.Round(1.234567891e-9));
        Assert.Equal(Baselines.Round(0.1 + 0.2), Baselines.Round(0.3));
        Assert.NotEqual(Baselines.Round(0.3), Baselines.Round(0.300001));
        Assert.Equal(0.0, Baselines.Round(0.0));
    }

    internal static List<object> KernelTable() => SnapshotTests.KernelRows();
}
