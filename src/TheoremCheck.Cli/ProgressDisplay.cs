using Spectre.Console;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>Progress bars for long stages on stderr (Spectre.Console), silent when stderr is redirected.</summary>
public static class ProgressDisplay
{
    public static T Run<T>(TextWriter stderr, Func<IProgress<StageProgress>?, T> work, bool quiet = false)
    {
        if (quiet || Console.IsErrorRedirected || stderr != Console.Error) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress<StageProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                        tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                    task.Value = p.Done;
                });
                result = work(progress);
            });
        return result;
    }
}
