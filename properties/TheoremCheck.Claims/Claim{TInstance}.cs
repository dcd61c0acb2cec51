using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
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
    public Property ToProperty(double scale, Action<TInstance, CaseVerdict> observe) =>
        Prop.ForAll(Instances(scale), instance =>
        {
            var verdict = Evaluate(instance);
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
        FsCheck.Check.One(config, ToProperty(settings.Scale, (instance, verdict) => observed.Add((instance, verdict))));
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
