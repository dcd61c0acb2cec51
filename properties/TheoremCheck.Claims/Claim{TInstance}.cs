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

    public required Func<int, Arbitrary<TInstance>> Instances { get; init; }
    public required Func<TInstance, CaseVerdict> Evaluate { get; init; }
    /// <summary>Cases at scale 1; multiplied by the scale.</summary>
    public required int Cases { get; init; }

    public override Property ToProperty(int scale) => ToProperty(scale, _ => { });

    /// <summary>The property; <paramref name="observe"/> sees every verdict in evaluation order (tests first, then shrinks).</summary>
    public Property ToProperty(int scale, Action<CaseVerdict> observe) =>
        Prop.ForAll(Instances(scale), instance =>
        {
            var verdict = Evaluate(instance);
            observe(verdict);
            return verdict.Holds.Label(verdict.Detail).Classify(verdict.PreconditionHeld, PreconditionStamp);
        });

    public override ClaimReport Check(SuiteSettings settings)
    {
        var capture = new CapturingRunner();
        var config = Config.Quick
            .WithMaxTest(Cases * settings.Scale)
            .WithName(Name)
            .WithRunner(capture)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(settings.Replay.ToRnd(), FSharpOption<int>.None)));
        var preconditions = new List<bool>();
        var clock = Stopwatch.StartNew();
        FsCheck.Check.One(config, ToProperty(settings.Scale, v => preconditions.Add(v.PreconditionHeld)));
        double seconds = clock.Elapsed.TotalSeconds;
        var result = capture.Result ?? throw new InvalidOperationException($"FsCheck reported no result for {Name}.");
        return result switch
        {
            TestResult.Passed passed => Report(CheckOutcome.Passed, passed.Item1, preconditions, settings, seconds),
            TestResult.Exhausted exhausted => Report(CheckOutcome.Exhausted, exhausted.Item, preconditions, settings, seconds),
            TestResult.Failed failed => FailureReport(failed, preconditions, settings, seconds),
            _ => throw new InvalidOperationException($"Unknown FsCheck result {result}."),
        };
    }

    /// <summary>The first <c>NumberOfTests</c> verdicts are the generated cases; later ones are shrink attempts.</summary>
    private ClaimReport Report(CheckOutcome outcome, TestData data, List<bool> preconditions, SuiteSettings settings, double seconds)
    {
        var cases = preconditions.Take(data.NumberOfTests).ToList();
        return new()
        {
            Claim = this, Outcome = outcome, Cases = data.NumberOfTests,
            PreconditionShare = cases.Count == 0 ? 0 : (double)cases.Count(held => held) / cases.Count,
            Replay = settings.Replay, Scale = settings.Scale, Seconds = seconds,
        };
    }

    private ClaimReport FailureReport(TestResult.Failed failed, List<bool> preconditions, SuiteSettings settings, double seconds)
    {
        var shrunk = failed.Item3.IsEmpty ? failed.Item2 : failed.Item3;
        var instance = (TInstance)shrunk.Head;
        string detail;
        try { detail = Evaluate(instance).Detail; }
        catch (Exception e) { detail = $"{e.GetType().Name}: {e.Message}"; }
        return Report(CheckOutcome.Failed, failed.Item1, preconditions, settings, seconds) with
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
