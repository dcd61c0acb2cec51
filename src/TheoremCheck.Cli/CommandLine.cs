using System.CommandLine;
using TheoremCheck.Data;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Cli;

/// <summary>Builds the command tree and turns every failure into one line on stderr and an exit code.</summary>
public static class CommandLine
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "print stack traces of failures", Recursive = true };

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("TheoremCheck: property-based verification of the theory of perturbation learning (see THEORY.md).");
        root.Options.Add(Verbose);
        root.Subcommands.Add(RunCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(BenchCommand.Create(stdout, stderr));
        root.Subcommands.Add(SweepCommand.Create(stdout, stderr));
        root.Subcommands.Add(MergeCommand.Create(stdout, stderr));
        root.Subcommands.Add(MapCommand.Create(stdout, stderr));
        return root;
    }

    public static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        if (args.Length == 0) args = ["--help"];
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word explains the other errors (a missing command, say), so it is named first.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            stderr.WriteLine($"error: {error.Message}");
            return ExitCodes.Usage;
        }
        bool verbose = parse.GetValue(Verbose);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ConfigException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IdxFormatException or FileNotFoundException or DirectoryNotFoundException
                                      or TrainingDivergedException or IOException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.RunFailed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: unexpected {e.GetType().Name}: {e.Message}");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.RunFailed;
        }
    }

    /// <summary>Adds every experiment option of <see cref="ConfigOptions"/> to a command as a string option.</summary>
    public static IReadOnlyList<(ConfigOption Spec, Option<string> Option)> AddExperimentOptions(Command command, ExperimentConfig? defaults = null)
    {
        defaults ??= new ExperimentConfig();
        var list = new List<(ConfigOption, Option<string>)>();
        foreach (var spec in ConfigOptions.All)
        {
            string shown = spec.Show(defaults);
            var option = new Option<string>(spec.Name) { Description = shown == "" ? spec.Description : $"{spec.Description} [default: {shown}]" };
            command.Options.Add(option);
            list.Add((spec, option));
        }
        return list;
    }

    /// <summary>The configuration given on the command line (options in table order), not yet validated.</summary>
    public static ExperimentConfig ReadConfig(ParseResult parse, IReadOnlyList<(ConfigOption Spec, Option<string> Option)> options, ExperimentConfig? defaults = null)
    {
        var given = new List<(string, string)>();
        foreach (var (spec, option) in options)
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } value)
                given.Add((spec.Name, value));
        return ConfigOptions.Build(given, defaults);
    }
}
