using TheoremCheck.Experiments;

namespace TheoremCheck.Tests.Experiments;

public sealed class AtomicFileTests : TemporaryDirectoryTest
{
    [Fact]
    public void Atomic_writes_replace_whole_files_and_leave_no_temporaries()
    {
        string path = Path.Combine(TempDir, "sub", "x.json");
        AtomicFile.WriteAllText(path, "{\"a\": 1}");
        AtomicFile.WriteAllText(path, "{\"a\": 2}");
        Assert.Equal("{\"a\": 2}", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.Combine(TempDir, "sub"), "*", SearchOption.AllDirectories));
    }
}
