using System.Diagnostics;
using System.Globalization;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// Progress for logs (stderr not a terminal: cluster jobs, redirected output): one line when a stage finishes
/// and, while a stage runs, a line at most every <see cref="Interval"/> with the estimated time left; lines
/// from the command (a finished sweep run) go through <see cref="Line"/>. Bars would be unreadable in a file.
/// </summary>
public sealed class ProgressLog(TextWriter log, bool stageLines = true) : IProgress<StageProgress>
{
    /// <summary>The longest silence while a stage runs; long enough to keep logs short, short enough to see a job live.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, (long Start, long LastLine, bool Finished)> _stages = [];
    private readonly Lock _lock = new();

    public void Report(StageProgress value)
    {
        lock (_lock)
        {
            long now = Stopwatch.GetTimestamp();
            if (!_stages.TryGetValue(value.Stage, out var stage) || (stage.Finished && value.Done < value.Total))
                stage = (now, now, false);
            double elapsed = Stopwatch.GetElapsedTime(stage.Start, now).TotalSeconds;
            if (value.Total > 0 && value.Done >= value.Total && !stage.Finished)
            {
                if (stageLines) log.WriteLine($"{value.Stage}: {value.Total} of {value.Total} done in {Seconds(elapsed)}");
                stage = (stage.Start, now, true);
            }
            else if (value.Done > 0 && value.Done < value.Total && Stopwatch.GetElapsedTime(stage.LastLine, now) >= Interval)
            {
                log.WriteLine($"{value.Stage}: {value.Done} of {value.Total} after {Seconds(elapsed)}, about {Seconds(elapsed / value.Done * (value.Total - value.Done))} left");
                stage = (stage.Start, now, false);
            }
            _stages[value.Stage] = stage;
        }
    }

    public void Line(string text)
    {
        lock (_lock) log.WriteLine(text);
    }

    public static string Seconds(double seconds) => seconds < 120
        ? seconds.ToString("F1", CultureInfo.InvariantCulture) + " s"
        : seconds < 7200 ? (seconds / 60).ToString("F1", CultureInfo.InvariantCulture) + " min" : (seconds / 3600).ToString("F1", CultureInfo.InvariantCulture) + " h";
}
