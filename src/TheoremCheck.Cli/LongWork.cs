using System.CommandLine;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// Refuses, before it starts, work estimated (<see cref="WorkEstimate"/>) to take longer than <see cref="Limit"/>
/// unless <c>--allow-long</c> confirms it: a mistyped resolution or width should cost a second, not an afternoon.
/// </summary>
public static class LongWork
{
    public static readonly TimeSpan Limit = TimeSpan.FromHours(1);

    /// <summary>
    /// The specifications with the sizes they will run at: image files are read once per data section (which also
    /// finds a missing or corrupt file before any computation), synthetic sizes are as given.
    /// </summary>
    public static IReadOnlyList<ExperimentSpec> WithSizes(IEnumerable<ExperimentSpec> specs)
    {
        var loaded = new Dictionary<DataSpec, DataSpec>();
        return specs.Select(spec =>
        {
            if (!spec.Data.IsImageData) return spec;
            if (!loaded.TryGetValue(spec.Data, out var sized))
            {
                var data = PerturbationLearning.LoadData(spec);
                loaded[spec.Data] = sized = spec.Data with { Dimension = data.Train.Dimension, Samples = data.Train.Count, TestSamples = data.Test.Count };
            }
            return spec with { Data = sized };
        }).ToList();
    }

    public static Option<bool> Option() => new("--allow-long") { Description = $"run work estimated to take longer than {Limit.TotalHours:0} hour" };

    /// <summary>Throws naming --allow-long and what to lower when <paramref name="seconds"/> exceeds the limit and was not confirmed.</summary>
    public static void Check(double seconds, bool allowed, string what, string lower)
    {
        if (allowed || seconds <= Limit.TotalSeconds) return;
        throw ConfigException.Named("--allow-long",
            $"{what} would take about {ProgressLog.Seconds(seconds)} on this kind of machine (estimate, more than {Limit.TotalHours:0} h); lower {lower}, or add --allow-long to run it anyway");
    }

    public static double TrainingSeconds(IEnumerable<ExperimentSpec> sizedSpecs) => sizedSpecs.Sum(WorkEstimate.TrainingSeconds);
}
