using System.Numerics;
using System.Text.Json.Nodes;
using TheoremCheck.Pipeline;

namespace TheoremCheck.Cli;

/// <summary>
/// A part of every run output beyond the metric columns: a JSON field (<see cref="Name"/>, omitted when
/// <see cref="Json{T}"/> returns null) and lines of the text report. Extending the run outputs with a new
/// structured result (a premise report, a decomposition) is one implementation added to <see cref="Reports.Sections"/>.
/// </summary>
public interface IRunSection
{
    string Name { get; }

    JsonNode? Json<T>(RunResult<T> result) where T : struct, INumber<T>;

    IEnumerable<string> Text<T>(RunResult<T> result) where T : struct, INumber<T>;
}
