using System.Numerics;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// E3/E4 of an exact run (THEORY §3): whether each closed form reproduced f and g exactly, which premise failed
/// when one does not apply (with a command that gives a flip-free instance), and the outputs at the test points.
/// </summary>
public sealed class ClosedFormSection : IRunSection
{
    /// <summary>
    /// A small exact instance whose patterns do not flip (η = 1/64, two steps each, no momentum), so E3 and E4 both
    /// apply and hold; the command-line tests run it and check exactly that.
    /// </summary>
    public const string FlipFreeCommand =
        "theoremcheck run --exact --dim 3 --samples 4 --test-samples 2 --width 6 --lr-f 0.015625 --lr-g 0.015625 --epochs-f 2 --epochs-g 2 --momentum 0 --epsilon 0.5";

    public string Name => "closed_forms";

    public JsonNode? Json<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        if (result.ClosedForms is not { } check) return null;
        static JsonObject Verdict(ClosedFormVerdict v) => new()
        {
            ["holds"] = v.Holds,
            ["failed_premises"] = new JsonArray(v.FailedPremises.Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
        };
        return new JsonObject
        {
            ["e3"] = Verdict(check.E3),
            ["e4"] = Verdict(check.E4),
            ["f_test"] = new JsonArray(result.TestOutputsF().Select(NumberText.Json).ToArray()),
            ["g_test"] = new JsonArray(result.TestOutputsG().Select(NumberText.Json).ToArray()),
        };
    }

    public IEnumerable<string> Text<T>(RunResult<T> result) where T : struct, INumber<T>
    {
        if (result.ClosedForms is not { } check) yield break;
        yield return $"E3 (f_t closed form)  {Verdict(check.E3)}";
        yield return $"E4 (g_t closed form)  {Verdict(check.E4)}";
        if (check.E3.FailedPremises.Concat(check.E4.FailedPremises).Any(p => p.Contains("flipped", StringComparison.Ordinal)))
        {
            yield return "  patterns flip when training moves the weights far: smaller --lr-f/--lr-g or fewer epochs keep the lazy regime;";
            yield return $"  a flip-free instance: {FlipFreeCommand}";
        }
        var f = result.TestOutputsF();
        var g = result.TestOutputsG();
        for (int k = 0; k < f.Length; k++) yield return $"z_{k}: f = {NumberText.Show(f[k])}   g = {NumberText.Show(g[k])}";
    }

    private static string Verdict(ClosedFormVerdict v) => v.Holds switch
    {
        true => "holds exactly",
        false => "FAILS",
        null => "not applicable: " + string.Join("; ", v.FailedPremises),
    };
}
