using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using TheoremCheck.Claims;

namespace TheoremCheck.Properties.Components;

/// <summary>
/// Runs a property of a library component with the suite's seed (THEOREMCHECK_REPLAY) and a number of cases
/// scaled by THEOREMCHECK_SCALE, like the claims: a failure throws with the shrunk counterexample.
/// </summary>
internal static class ComponentCheck
{
    /// <summary>
    /// Fewest cases at any scale (or the property's own count, if smaller): each property below is built so that a wrong formula fails on a large share of
    /// cases (most fail on every case), so even a reduced run (a fractional scale under mutation testing) bites.
    /// </summary>
    public const int MinimumCases = 20;

    public static void Run(Property property, int cases)
    {
        var settings = SuiteSettings.FromEnvironment();
        int scaled = Math.Max(Math.Min(cases, MinimumCases), (int)Math.Ceiling(cases * Convert.ToDouble(settings.Scale)));
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(scaled)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(settings.Replay.ToRnd(), FSharpOption<int>.None)));
        Check.One(config, property);
    }
}
