using TheoremCheck.Cli;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Tests.Cli;

public class ProgressLogTests
{
    [Fact]
    public void A_finished_stage_gives_one_line_and_a_running_one_a_line_per_interval_with_the_time_left()
    {
        var text = new StringWriter();
        var log = new ProgressLog(text) { Interval = TimeSpan.Zero };
        log.Report(new StageProgress("standard learning", 0, 4));
        log.Report(new StageProgress("standard learning", 1, 4));
        log.Report(new StageProgress("standard learning", 4, 4));
        log.Report(new StageProgress("standard learning", 4, 4)); // reported twice, said once
        log.Line("sweep: run 1 of 2 done");
        var lines = text.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^standard learning: 1 of 4 after [0-9.]+ s, about [0-9.]+ s left$", lines[0]);
        Assert.Matches(@"^standard learning: 4 of 4 done in [0-9.]+ s$", lines[1]);
        Assert.Equal("sweep: run 1 of 2 done", lines[2]);
    }

    [Fact]
    public void Within_the_interval_a_running_stage_is_quiet_and_stage_lines_can_be_left_out()
    {
        var text = new StringWriter();
        var log = new ProgressLog(text, stageLines: false) { Interval = TimeSpan.FromHours(1) };
        for (int k = 0; k <= 10; k++) log.Report(new StageProgress("perturbation learning", k, 10));
        Assert.Equal("", text.ToString());
    }

    [Theory]
    [InlineData(5.25, "5.2 s")]
    [InlineData(600, "10.0 min")]
    [InlineData(18000, "5.0 h")]
    public void Durations_read_in_a_fitting_unit(double seconds, string text) => Assert.Equal(text, ProgressLog.Seconds(seconds));
}
