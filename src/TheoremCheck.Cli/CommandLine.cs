using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using TheoremCheck.Data;
using TheoremCheck.Experiments;
using TheoremCheck.Pipeline;
using TheoremCheck.Training;

namespace TheoremCheck.Cli;

/// <summary>Builds the command tree and turns every failure into one line on stderr and an exit code.</summary>
public static partial class CommandLine
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "print stack traces of failures", Recursive = true };

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("TheoremCheck: property-based verification of the theory of perturbation learning (see THEORY.md).");
        root.Options.Add(Verbose);
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(stdout);
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
        Provenance.CommandLine = args;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"error: {ParseErrorLine(parse)}");
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
        catch (SpecException e)
        {
            stderr.WriteLine($"error: {ExperimentOptions.Usage(e.Problems[0]).Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IdxFormatException or FileNotFoundException or DirectoryNotFoundException or SweepDirectoryException
                                      or TrainingDivergedException or IOException or InvalidDataException or UnauthorizedAccessException
                                      or ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.RunFailed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: unexpected failure: {e.Message}");
            if (verbose) stderr.WriteLine(e);
            return ExitCodes.RunFailed;
        }
    }

    /// <summary>
    /// The first parse error as one line a person can act on: an unknown word (it explains the errors after it)
    /// with the closest option or command, a missing value with the option's name.
    /// </summary>
    public static string ParseErrorLine(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unknown = parse.Errors.Select(e => UnrecognisedPattern().Match(e.Message)).FirstOrDefault(m => m.Success);
        if (unknown is not null)
        {
            string word = unknown.Groups[1].Value;
            string name = command is RootCommand ? "theoremcheck" : $"theoremcheck {command.Name}";
            if (word.StartsWith('-'))
                return $"{word}: unknown option of {name}{Spelling.Suggestion(word, OptionNames(command))}; see {name} --help";
            if (command is RootCommand)
                return $"{word}: not a command{Spelling.Suggestion(word, command.Subcommands.Select(c => c.Name))}; one of {string.Join(", ", command.Subcommands.Select(c => c.Name))}";
            return $"{word}: unexpected argument of {name}; options start with -- (see {name} --help)";
        }
        var error = parse.Errors[0];
        var missing = MissingValuePattern().Match(error.Message);
        if (missing.Success) return $"{missing.Groups[1].Value}: needs a value";
        var argument = MissingArgumentPattern().Match(error.Message);
        if (argument.Success) return $"{argument.Groups[1].Value}: theoremcheck {argument.Groups[2].Value} needs at least one (see theoremcheck {argument.Groups[2].Value} --help)";
        var typed = CannotParsePattern().Match(error.Message);
        if (typed.Success) return $"{typed.Groups[2].Value}: must be {Kind(typed.Groups[3].Value)}, got '{typed.Groups[1].Value}'";
        if (error.SymbolResult is OptionResult option && !error.Message.StartsWith(option.Option.Name, StringComparison.Ordinal))
            return $"{option.Option.Name}: {error.Message}";
        return error.Message;
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Select(o => o.Name).Concat(command.Options.SelectMany(o => o.Aliases)).Append(Verbose.Name);

    /// <summary>What a .NET type of an option's value is called in an error message.</summary>
    private static string Kind(string typeName) =>
        typeName.Contains("Int32") || typeName.Contains("Int64") ? "an integer"
        : typeName.Contains("Double") || typeName.Contains("Single") || typeName.Contains("Decimal") ? "a number"
        : typeName.Contains("Boolean") ? "true or false"
        : "a valid value";

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'")]
    private static partial Regex CannotParsePattern();

    [GeneratedRegex("^Required argument '(.*)' missing for command: '(.*)'")]
    private static partial Regex MissingArgumentPattern();

    [GeneratedRegex("^Unrecognized command or argument '(.*)'")]
    private static partial Regex UnrecognisedPattern();

    [GeneratedRegex("^Required argument missing for option: '(.*)'")]
    private static partial Regex MissingValuePattern();

    /// <summary>Adds every option of <see cref="ExperimentOptions"/> to a command as a string option (parsed by the table).</summary>
    public static IReadOnlyList<(ExperimentOption Spec, Option<string> Option)> AddExperimentOptions(Command command, ExperimentSpec? defaults = null)
    {
        defaults ??= new ExperimentSpec();
        var list = new List<(ExperimentOption, Option<string>)>();
        foreach (var spec in ExperimentOptions.All)
        {
            string shown = spec.Show(defaults);
            var option = new Option<string>(spec.Name) { Description = shown == "" ? spec.Description : $"{spec.Description} [default: {shown}]" };
            command.Options.Add(option);
            list.Add((spec, option));
        }
        return list;
    }

    /// <summary>
    /// The specification given on the command line (options in table order over <paramref name="defaults"/>),
    /// and the options that were given; each value is parsed, the whole is not validated yet.
    /// </summary>
    public static (ExperimentSpec Spec, IReadOnlyList<ExperimentOption> Given) ReadSpec(ParseResult parse,
        IReadOnlyList<(ExperimentOption Spec, Option<string> Option)> options, ExperimentSpec? defaults = null)
    {
        var spec = defaults ?? new ExperimentSpec();
        var given = new List<ExperimentOption>();
        foreach (var (option, flag) in options)
            if (parse.GetResult(flag) is { Implicit: false } && parse.GetValue(flag) is { } value)
            {
                spec = option.Apply(spec, value);
                given.Add(option);
            }
        return (spec, given);
    }

    /// <summary>Refuses an option that was given but applies to none of <paramref name="specs"/> (it would be ignored).</summary>
    public static void RequireApplicable(IEnumerable<ExperimentOption> given, IReadOnlyList<ExperimentSpec> specs)
    {
        foreach (var option in given)
            if (!specs.Any(option.Applies))
                throw ConfigException.Named(option.Name, $"applies only {option.AppliesOnly}; leave it out");
    }

    /// <summary>Throws the first problem of the specification (in T's arithmetic) as a usage error naming its flag.</summary>
    public static void Validate(IReadOnlyList<SpecProblem> problems, IReadOnlyDictionary<string, string>? otherFields = null)
    {
        if (problems.Count > 0) throw ExperimentOptions.Usage(problems[0], otherFields);
    }
}
