using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using TheoremCheck.Numerics;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace TheoremCheck.Claims;

/// <summary>A claim over generated instances of <typeparamref name="TInstance"/>.</summary>
public sealed class Claim<TInstance> : Claim where TInstance : notnull
{
    public const string PreconditionStamp = "precondition held";

    /// <summary>The generator (with its shrinker) at a scale: sizes grow with it.</summary>
    public required Func<double, Arbitrary<TInstance>> Instances { get; init; }
    public required Func<TInstance, CaseVerdict> Evaluate { get; init; }
    /// <summary>Cases at scale 1; multiplied by the scale (at least one).</summary>
    public required int Cases { get; init; }

    public override Property ToProperty(double scale) => ToProperty(scale, (_, _) => { });

    /// <summary>The property; <paramref name="observe"/> sees every instance and verdict in evaluation order (tests first, then shrinks).</summary>
    public Property ToProperty(double scale, Action<TInstance, CaseVerdict> observe) => ToProperty(scale, Evaluate, observe);

    private Property ToProperty(double scale, Func<TInstance, CaseVerdict> evaluate, Action<TInstance, CaseVerdict> observe) =>
        Prop.ForAll(Instances(scale), instance =>
        {
            var verdict = evaluate(instance);
            observe(instance, verdict);
            return verdict.Holds.Label(verdict.Detail).Classify(verdict.PreconditionHeld, PreconditionStamp);
        });

    public override CaseVerdict EvaluateText(string instanceText) => Evaluate(ParseInstance(instanceText));

    /// <summary>Reads a printed instance: <c>WideInstance.Parse("...")</c>, <c>ExactInstance.Parse("...")</c> or the text inside the quotes.</summary>
    public static TInstance ParseInstance(string instanceText)
    {
        string text = instanceText.Trim();
        int open = text.IndexOf("Parse(\"", StringComparison.Ordinal);
        if (open >= 0)
        {
            int start = open + "Parse(\"".Length, end = text.IndexOf('"', start);
            if (end < 0) throw new ArgumentException("the instance text has no closing quote after Parse(\"");
            text = text[start..end];
        }
        try
        {
            object parsed = typeof(TInstance) == typeof(WideInstance) ? WideInstance.Parse(text)
                : typeof(TInstance) == typeof(ExactInstance) ? ExactInstance.Parse(text)
                : throw new ArgumentException($"instances of {typeof(TInstance).Name} cannot be read from text");
            return (TInstance)parsed;
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            throw new ArgumentException($"not a valid {typeof(TInstance).Name} text: {e.Message}", e);
        }
    }

    public override ClaimReport Check(SuiteSettings settings)
    {
        var capture = new CapturingRunner();
        int cases = settings.ScaledCases(Cases);
        var config = Config.Quick
            .WithMaxTest(cases)
            .WithName(Name)
            .WithRunner(capture)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(settings.Replay.ToRnd(), FSharpOption<int>.None)));
        var observed = new List<(TInstance Instance, CaseVerdict Verdict)>();
        var clock = Stopwatch.StartNew();
        var evaluate = settings.Threads > 1 ? PreEvaluated(config, settings) : Evaluate;
        FsCheck.Check.One(config, ToProperty(settings.Scale, evaluate, (instance, verdict) => observed.Add((instance, verdict))));
        double seconds = clock.Elapsed.TotalSeconds;
        var result = capture.Result ?? throw new InvalidOperationException($"FsCheck reported no result for {Name}.");
        return result switch
        {
            TestResult.Passed passed => Report(CheckOutcome.Passed, passed.Item1, observed, settings, seconds),
            TestResult.Exhausted exhausted => Report(CheckOutcome.Exhausted, exhausted.Item, observed, settings, seconds),
            TestResult.Failed failed => FailureReport(failed, observed, settings, seconds),
            _ => throw new InvalidOperationException($"Unknown FsCheck result {result}."),
        };
    }

    /// <summary>
    /// <see cref="Evaluate"/> with the generated cases already evaluated on <see cref="SuiteSettings.Threads"/> threads.
    /// FsCheck draws the cases from the replay seed alone (the property's outcome does not feed back into generation), so a
    /// first run of the same configuration with a property that only records its instances yields the very cases the
    /// real run will see, in order. They are evaluated in parallel up to the first one that fails (later ones are not
    /// needed: FsCheck stops there and shrinks, one candidate at a time, which is evaluated directly). The real run then
    /// looks each verdict up by position and checks it is the same instance (its printed form), so the outcome, the
    /// shrinks and the report are those of a sequential run.
    /// </summary>
    private Func<TInstance, CaseVerdict> PreEvaluated(Config config, SuiteSettings settings)
    {
        var instances = new List<TInstance>();
        var recording = Prop.ForAll(Instances(settings.Scale), instance => { instances.Add(instance); return true; });
        FsCheck.Check.One(config.WithRunner(new CapturingRunner()), recording);
        var verdicts = new Func<CaseVerdict>?[instances.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads, TaskScheduler = settings.Scheduler ?? TaskScheduler.Default };
        Parallel.For(0, instances.Count, options, (k, loop) =>
        {
            try
            {
                var verdict = Parallelism.OnCallingThread(() => Evaluate(instances[k]));
                verdicts[k] = () => verdict;
                if (!verdict.Holds) loop.Break();
            }
            catch (Exception e)
            {
                var captured = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                verdicts[k] = () => { captured.Throw(); return null!; };
                loop.Break();
            }
        });
        int next = 0;
        return instance =>
        {
            int k = next++;
            return k < instances.Count && verdicts[k] is { } verdict && instance.ToString() == instances[k].ToString()
                ? verdict()
                : Evaluate(instance);
        };
    }

    /// <summary>The first <c>NumberOfTests</c> verdicts are the generated cases; later ones are shrink attempts.</summary>
    private ClaimReport Report(CheckOutcome outcome, TestData data, List<(TInstance Instance, CaseVerdict Verdict)> observed,
        SuiteSettings settings, double seconds)
    {
        var cases = observed.Take(data.NumberOfTests).ToList();
        var loose = cases.Where(c => c.Verdict.Looseness is not null).ToList();
        var worst = loose.Count == 0 ? default : loose.MaxBy(c => c.Verdict.Looseness!.Value);
        return new()
        {
            Claim = this, Outcome = outcome, Cases = data.NumberOfTests,
            PreconditionShare = cases.Count == 0 ? 0 : (double)cases.Count(c => c.Verdict.PreconditionHeld) / cases.Count,
            Replay = settings.Replay, Scale = settings.Scale, Seconds = seconds,
            Looseness = loose.Select(c => c.Verdict.Looseness!.Value).ToArray(),
            WorstLoosenessText = loose.Count == 0 ? null : worst.Instance.ToString(),
            WorstLoosenessDetail = loose.Count == 0 ? null : worst.Verdict.Detail,
        };
    }

    private ClaimReport FailureReport(TestResult.Failed failed, List<(TInstance Instance, CaseVerdict Verdict)> observed,
        SuiteSettings settings, double seconds)
    {
        var shrunk = failed.Item3.IsEmpty ? failed.Item2 : failed.Item3;
        var instance = (TInstance)shrunk.Head;
        string detail;
        try { detail = Evaluate(instance).Detail; }
        catch (Exception e) { detail = $"{e.GetType().Name}: {e.Message}"; }
        return Report(CheckOutcome.Failed, failed.Item1, observed, settings, seconds) with
        {
            Counterexample = instance,
            CounterexampleText = instance.ToString(),
            OriginalText = failed.Item2.Head?.ToString(),
            Detail = detail,
            Shrinks = failed.Item1.NumberOfShrinks,
            Replay = ReplaySeed.From(failed.Item5),
        };
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }
        public void OnStartFixture(Type t) { }
        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }
        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }
        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
