using TheoremCheck.Claims;

namespace TheoremCheck.Properties;

/// <summary>
/// Shrunk counterexamples found by the suite, pasted from its output: each must stay a counterexample of the false
/// statement it refuted, while the theorem with its precondition still holds (or is vacuous) on it.
/// </summary>
public sealed class RegressionProperties
{
    [Fact]
    public void Gaussian_init_gradient_leaves_the_span_of_a_non_zero_sample()
    {
        var x = ExactInstance.Parse("X=0 -1/2 | y=1 | Z=0 0 | gamma=0 | eta=1/8 | beta=0 | steps=1 | width=1 | seed=0 | init=Gaussian | epsilon=1/8 | stepsG=1");
        var verdict = ExactClaims.SpanWithGaussianInit.Evaluate(x);
        Assert.False(verdict.Holds, verdict.Detail);
        Assert.True(ExactClaims.GradientDecomposition.Evaluate(x).Holds);
        // X = 0 spans {0}: no longer counted as a refutation.
        var zero = ExactClaims.SpanWithGaussianInit.Evaluate(x with { Inputs = [[0, 0]] });
        Assert.True(zero.Holds && !zero.PreconditionHeld, zero.Detail);
    }

    [Fact]
    public void A_flip_breaks_the_lazy_closed_form_where_the_network_is_not_zero()
    {
        var x = ExactInstance.Parse("X=0 | y=1 | Z=1/2 | gamma=1/2 | eta=1/8 | beta=0 | steps=1 | width=1 | seed=119 | init=Gaussian | epsilon=1/8 | stepsG=1");
        var unconditional = ExactClaims.LazyWithoutNoFlip.Evaluate(x);
        Assert.False(unconditional.Holds, unconditional.Detail);
        Assert.DoesNotContain("f_t(z) = 0 ", unconditional.Detail);
        var conditional = ExactClaims.LazyClosedFormClaim.Evaluate(x);
        Assert.True(conditional.Holds && !conditional.PreconditionHeld, conditional.Detail);
        // With γ = 0 the flipped neuron is switched off and f_t(z) = 0: that point is left out, nothing else refutes.
        Assert.True(ExactClaims.LazyWithoutNoFlip.Evaluate(x with { Slope = 0 }).Holds);
    }

    [Fact]
    public void One_flip_breaks_the_lazy_closed_form_but_E3_with_its_precondition_is_vacuous()
    {
        var x = ExactInstance.Parse("X=-1 | y=1 | Z=0 | gamma=1/2 | eta=1/8 | beta=0 | steps=1 | width=4 | seed=315 | init=Gaussian | epsilon=1/8 | stepsG=1");
        var unconditional = ExactClaims.LazyWithoutNoFlip.Evaluate(x);
        Assert.False(unconditional.Holds, unconditional.Detail);
        var conditional = ExactClaims.LazyClosedFormClaim.Evaluate(x);
        Assert.True(conditional.Holds, conditional.Detail);
        Assert.False(conditional.PreconditionHeld);
    }

    [Fact]
    public void Zero_constants_admit_a_sign_disagreement_that_the_default_constants_exclude()
    {
        var x = WideInstance.Parse("data=ShiftedGauss | d=1 | N=2 | tests=1 | m=1 | gamma=0.25 | eta=1 | stepsF=1 | stepsG=1 | epsilon=0.01 | seed=77365");
        var zero = WideClaims.PredictionMatchingZeroConstants.Evaluate(x);
        Assert.False(zero.Holds, zero.Detail);
        Assert.True(WideClaims.PredictionMatchingClaim.Evaluate(x).Holds);
    }

    [Fact]
    public void Single_neuron_disagrees_without_conditions()
    {
        var x = WideInstance.Parse("data=Uniform | d=1 | N=1 | tests=1 | m=1 | gamma=0 | eta=0.5 | stepsF=1 | stepsG=1 | epsilon=0.01 | seed=44207");
        var verdict = WideClaims.SignAgreementEverywhere.Evaluate(x);
        Assert.False(verdict.Holds, verdict.Detail);
    }

    [Fact]
    public void Same_seed_gives_the_same_report()
    {
        var first = ExactClaims.LazyClosedFormClaim.Check(SuiteSettings.Default);
        var second = ExactClaims.LazyClosedFormClaim.Check(SuiteSettings.Default);
        Assert.Equal((first.Outcome, first.Cases, first.PreconditionShare), (second.Outcome, second.Cases, second.PreconditionShare));
    }

    [Fact]
    public void Replaying_the_printed_seed_reproduces_the_counterexample()
    {
        var first = ExactClaims.LazyWithoutNoFlip.Check(SuiteSettings.Default with { Replay = new ReplaySeed(99, ReplaySeed.DefaultGamma) });
        var replayed = ExactClaims.LazyWithoutNoFlip.Check(SuiteSettings.Default with { Replay = first.Replay });
        Assert.Equal(first.CounterexampleText, replayed.CounterexampleText);
    }
}
