using Spectre.Console;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// Progress of long work on stderr: bars (Spectre.Console) when stderr is a terminal, log lines
/// (<see cref="ProgressLog"/>) otherwise, so a job that writes to a file still shows where it is.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress sink; <paramref name="quiet"/> turns the bars off (not the log lines).</summary>
    public static T Run<T>(TextWriter stderr, Func<IProgress<StageProgress>?, T> work, bool quiet = false) =>
        Run(stderr, (progress, _) => work(progress), quiet, stageLines: true);

    /// <summary>
    /// As <see cref="Run{T}(TextWriter, Func{IProgress{StageProgress}?, T}, bool)"/>, and <paramref name="work"/> gets a
    /// line writer (null under bars) for its own log lines; <paramref name="stageLines"/> false leaves finished stages
    /// unannounced (a sweep announces its runs instead).
    /// </summary>
    public static T Run<T>(TextWriter stderr, Func<IProgress<StageProgress>?, Action<string>?, T> work, bool quiet, bool stageLines)
    {
        bool terminal = stderr == Console.Error && !Console.IsErrorRedirected;
        if (!terminal)
        {
            var log = new ProgressLog(stderr, stageLines);
            return work(log, log.Line);
        }
        if (quiet) return work(null, null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress<StageProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                        tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    task.Value = p.Done;
                });
                result = work(progress, null);
            });
        return result;
    }
}
