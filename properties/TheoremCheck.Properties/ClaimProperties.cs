using TheoremCheck.Claims;
using Xunit.Abstractions;

namespace TheoremCheck.Properties;

/// <summary>
/// Runs every claim of <see cref="ClaimRegistry"/> exactly as `theoremcheck check` does (same objects, same seed,
/// THEOREMCHECK_SCALE and THEOREMCHECK_REPLAY from the environment), so the two never disagree.
/// </summary>
public sealed class ClaimProperties(ITestOutputHelper output)
{
    public static TheoryData<string> Theorems() => new(ClaimRegistry.All.Where(c => c.Kind == ClaimKind.Theorem).Select(c => c.Name));
    public static TheoryData<string> FalseStatements() => new(ClaimRegistry.All.Where(c => c.Kind == ClaimKind.FalseStatement).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Theorems))]
    public void Theorem_holds_on_every_generated_case(string name)
    {
        var report = ClaimRegistry.Find(name).Check(SuiteSettings.FromEnvironment());
        output.WriteLine(report.Describe());
        Assert.True(report.Outcome == CheckOutcome.Passed, report.Describe());
        Assert.True(report.PreconditionShare >= MinimumPreconditionShare, $"precondition held in only {report.PreconditionShare:P0}: the property is nearly vacuous\n{report.Describe()}");
    }

    /// <summary>A conditional claim must be exercised, not vacuously true: the generators are tuned so a third or more of the cases meet the precondition.</summary>
    public const double MinimumPreconditionShare = 0.3;

    [Theory]
    [MemberData(nameof(FalseStatements))]
    public void False_statement_is_refuted_with_a_small_shrunk_counterexample(string name)
    {
        var report = ClaimRegistry.Find(name).Check(SuiteSettings.FromEnvironment());
        output.WriteLine(report.Describe());
        Assert.Equal(CheckOutcome.Failed, report.Outcome);
        switch (report.Counterexample)
        {
            case ExactInstance x:
                Assert.True(InstanceSize.Of(x)!.Value.Within(InstanceSize.ExactShrinkBound), $"not shrunk within {InstanceSize.ExactShrinkBound}: {x}");
                break;
            case WideInstance w:
                var bound = report.Claim.ShrinkBound ?? throw new InvalidOperationException($"{name} states no shrink bound");
                Assert.True(InstanceSize.Of(w)!.Value.Within(bound), $"not shrunk within the stated {bound}: {w}");
                break;
            default:
                Assert.Fail($"unexpected counterexample type {report.Counterexample?.GetType().Name}");
                break;
        }
    }
}
