using System.Text.Json;
using TheoremCheck.Cli;
using TheoremCheck.Tests.Data;

namespace TheoremCheck.Tests.Cli;

public class CommandLineTests
{
    public static (int Exit, string Out, string Err) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLine.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string, string> BadRunOptions => new()
    {
        { "run --width -3", "--width" },
        { "run --width 0", "--width" },
        { "run --width abc", "--width" },
        { "run --dim 0", "--dim" },
        { "run --samples -1", "--samples" },
        { "run --loss foo", "--loss" },
        { "run --exact --loss logistic", "--loss" },
        { "run --exact --dim 100 --samples 100 --width 100", "--exact" },
        { "run --data mnist", "--data-dir" },
        { "run --data mnist --data-dir /no/such/directory", "--data-dir" },
        { "run --data cifar", "--data" },
        { "run --slope 1", "--slope" },
        { "run --slope -0.1", "--slope" },
        { "run --slope NaN", "--slope" },
        { "run --epsilon -1", "--epsilon" },
        { "run --epsilon Infinity", "--epsilon" },
        { "run --lr-f 0", "--lr-f" },
        { "run --momentum 1", "--momentum" },
        { "run --epochs-g -5", "--epochs-g" },
        { "run --norm l0 --l0-k 500", "--l0-k" },
        { "run --norm l3", "--norm" },
        { "run --init symmetric --width 7", "--width" },
        { "run --classes 1", "--classes" },
        { "run --scenario c", "--scenario" },
        { "run --targets some", "--targets" },
        { "run --seed 1.5", "--seed" },
        { "run --data orthogonal --dim 10 --samples 20", "--samples" },
        { "run --bogus 1", "--bogus" },
        { "run --epsilon", "--epsilon" },
        { "frobnicate", "frobnicate" },
        { "run --widht 100", "--widht: unknown option of theoremcheck run (did you mean --width?)" },
        { "run --loss logistc", "--loss: must be one of identity, logistic, exponential, got 'logistc' (did you mean logistic?)" },
        { "run --data mnist --dim 100", "--dim: applies only with synthetic data" },
        { "run --data mnist --samples 200", "--samples: applies only with synthetic data" },
        { "run --data-dir /tmp", "--data-dir: applies only with image data" },
        { "run --classes 3,8", "--classes: applies only with image data" },
        { "run --l0-k 3", "--l0-k: applies only with --norm l0" },
        { "run --out README.md", "--out: 'README.md' is a file" },
        { "run --exact --data mnist --data-dir /tmp", "--exact: works on synthetic data only" },
        { "run --width 100000 --samples 10000", "--allow-long: this run would take about" },
        { "map --resolution 5000", "--allow-long: this map (5000 x 5000 grid points) would take about" },
        { "map --c-width x", "--c-width: must be a finite number >= 0, got 'x'" },
        { "map --resolution 2.5", "--resolution: must be an integer, got '2.5'" },
        { "sweep --param width --values 1 --seeds x", "--seeds: must be a positive integer, got 'x'" },
        { "sweep --param widht --values 1", "--param: unknown option 'widht' (did you mean width?)" },
        { "sweep --param l0-k --values 1,2", "--l0-k: applies only with --norm l0" },
        { "sweep --param width --values 4,8 --data-dir /tmp", "--data-dir: applies only with image data" },
        { "merge README.md", "DIR: 'README.md' is a file" },
        { "merge", "DIR: theoremcheck merge needs at least one" },
        { "run extra", "extra: unexpected argument of theoremcheck run" },
        { "bench --json x", "x: unexpected argument of theoremcheck bench" },
    };

    [Theory]
    [MemberData(nameof(BadRunOptions))]
    public void Bad_options_end_with_one_line_naming_the_option_and_exit_code_2(string commandLine, string named)
    {
        var (exit, stdout, stderr) = Invoke(commandLine.Split(' ').Select(w => w == "README.md" ? Path.Combine(RepositoryPaths.Root, "README.md") : w).ToArray());
        named = named.Replace("'README.md'", $"'{Path.Combine(RepositoryPaths.Root, "README.md")}'");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", stdout);
        var lines = stderr.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(named, lines[0]);
        Assert.DoesNotContain("System.", lines[0]);
    }

    [Fact]
    public void Image_data_problems_name_the_option_and_the_value()
    {
        string mnist = RepositoryPaths.MnistDirectory;
        var classes = Invoke("run", "--data", "mnist", "--data-dir", mnist, "--classes", "1,12");
        Assert.Equal((ExitCodes.Usage, "error: --classes: class 12 is not in 0..9"), (classes.Exit, classes.Err.TrimEnd()));
        string readme = Path.Combine(RepositoryPaths.Root, "README.md");
        var file = Invoke("run", "--data", "mnist", "--data-dir", readme);
        Assert.Equal($"error: --data-dir: '{readme}' is a file; give the directory that holds the IDX files", file.Err.TrimEnd());
    }

    /// <summary>Every typed option of every command, given a word, says what it accepts in words, never a .NET type.</summary>
    [Fact]
    public void No_message_names_a_dotnet_type()
    {
        var root = CommandLine.Build(TextWriter.Null, TextWriter.Null);
        var typed = root.Subcommands.SelectMany(c => c.Options.Where(o => o.ValueType != typeof(string) && o.ValueType != typeof(bool) && o.ValueType != typeof(string[]))
            .Select(o => (Command: c.Name, Option: o.Name))).ToList();
        Assert.NotEmpty(typed);
        foreach (var (command, option) in typed)
        {
            var (exit, _, stderr) = Invoke(command, option, "abc");
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.DoesNotContain("System.", stderr);
            Assert.StartsWith($"error: {option}", stderr);
        }
    }

    [Fact]
    public void Version_shows_the_version_and_the_commit_it_was_built_from()
    {
        var (exit, stdout, _) = Invoke("--version");
        Assert.Equal(0, exit);
        Assert.Equal(ToolVersion.Informational, stdout.Trim());
        Assert.StartsWith(ToolVersion.Version, stdout);
    }

    [Fact]
    public void A_class_pair_absent_from_the_data_fails_the_run_with_one_line()
    {
        var dir = Directory.CreateTempSubdirectory("cli-idx").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "t10k-images-idx3-ubyte"), IdxReaderTests.ImageFile(2, 1, 1, 2));
            File.WriteAllBytes(Path.Combine(dir, "t10k-labels-idx1-ubyte"), IdxReaderTests.LabelFile(3, 4));
            var (exit, _, stderr) = Invoke("run", "--data", "mnist", "--data-dir", dir);
            Assert.Equal(ExitCodes.RunFailed, exit);
            Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.Contains("do not occur", stderr);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_corrupt_data_file_fails_the_run_with_one_line_and_verbose_adds_the_trace()
    {
        var dir = Directory.CreateTempSubdirectory("cli-bad").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "t10k-images-idx3-ubyte.gz"), [0x1F, 0x8B, 1, 2, 3]);
            File.WriteAllBytes(Path.Combine(dir, "t10k-labels-idx1-ubyte"), IdxReaderTests.LabelFile(1));
            var (exit, _, stderr) = Invoke("run", "--data", "mnist", "--data-dir", dir);
            Assert.Equal(ExitCodes.RunFailed, exit);
            Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.Contains("t10k-images-idx3-ubyte.gz", stderr);
            var verbose = Invoke("run", "--data", "mnist", "--data-dir", dir, "--verbose");
            Assert.Contains("at TheoremCheck", verbose.Err);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Divergence_names_the_epoch_and_exits_1()
    {
        var (exit, _, stderr) = Invoke("run", "--loss", "exponential", "--lr-f", "1e6", "--dim", "5", "--samples", "10", "--width", "4", "--epochs-f", "50", "--epochs-g", "1");
        Assert.Equal(ExitCodes.RunFailed, exit);
        Assert.Matches("^error: Training diverged at epoch [0-9]+", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Json_output_has_the_documented_keys()
    {
        var (exit, stdout, stderr) = Invoke("run", "--json", "--dim", "5", "--samples", "20", "--test-samples", "10", "--width", "8", "--epochs-f", "3", "--epochs-g", "3");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        foreach (var key in new[] { "acc_f", "acc_g", "agreement", "cossim", "flipped_f", "flipped_g", "target_mean", "seconds", "config", "spec", "provenance" })
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
        Assert.Equal(8, json.RootElement.GetProperty("config").GetProperty("width").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("spec").GetProperty("data").GetProperty("dimension").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("acc_f").GetDouble(), 0, 1);
        var count = json.RootElement.GetProperty("counts").GetProperty("acc_f");
        Assert.Equal(20, count.GetProperty("total").GetInt32());
        Assert.Equal(count.GetProperty("hits").GetInt32() / 20.0, json.RootElement.GetProperty("acc_f").GetDouble());
    }

    [Fact]
    public void Text_report_and_exact_report_print_their_quantities()
    {
        var (exit, stdout, _) = Invoke("run", "--dim", "5", "--samples", "20", "--test-samples", "10", "--width", "8", "--epochs-f", "3", "--epochs-g", "3");
        Assert.Equal(0, exit);
        Assert.Contains("acc_f", stdout);
        Assert.Contains("agreement", stdout);
        Assert.Contains("--width 8", stdout);

        var exact = Invoke("run", "--exact", "--dim", "3", "--samples", "4", "--test-samples", "2", "--width", "6",
            "--epochs-f", "2", "--epochs-g", "2", "--lr-f", "0.015625", "--lr-g", "0.015625", "--momentum", "0", "--epsilon", "0.5");
        Assert.Equal(0, exact.Exit);
        Assert.Contains("E3 (f_t closed form)  holds exactly", exact.Out);
        Assert.Contains("E4 (g_t closed form)  holds exactly", exact.Out);
        Assert.Matches("acc_f +[0-9.]+ +[0-9]+/[0-9]+", exact.Out);
        Assert.Matches(@"t_f = [0-9]+/[0-9]+ \([0-9.]+\)", exact.Out);
        Assert.Contains("L2 direction scaled to L∞ length ε = 0.5", exact.Out);

        var l0 = Invoke("run", "--exact", "--dim", "3", "--samples", "4", "--test-samples", "2", "--width", "6", "--norm", "l0", "--l0-k", "2",
            "--epochs-f", "5", "--epochs-g", "5", "--lr-f", "8", "--lr-g", "8");
        Assert.Equal(0, l0.Exit);
        Assert.Contains("attack      L0, ε y^adv sign(u_n) on the 2 coordinates of largest |u_n|", l0.Out);
        Assert.DoesNotContain("L∞ length", l0.Out);
        Assert.Contains("E4 (g_t closed form)  not applicable: ", l0.Out);
        Assert.Contains("the l0 attack is not parallel to the gradient u_n", l0.Out);
        Assert.Contains("a flip-free instance: " + ClosedFormSection.FlipFreeCommand, l0.Out);

        var exactJson = Invoke("run", "--exact", "--json", "--dim", "2", "--samples", "3", "--test-samples", "2", "--width", "2", "--epochs-f", "1", "--epochs-g", "1");
        Assert.Equal(0, exactJson.Exit);
        using var doc = JsonDocument.Parse(exactJson.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("closed_forms").GetProperty("f_test").GetArrayLength());
    }

    [Fact]
    public void No_arguments_prints_help()
    {
        var (exit, stdout, _) = Invoke();
        Assert.Equal(0, exit);
        Assert.Contains("run", stdout);
    }
}
