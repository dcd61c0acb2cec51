using System.Text.Json;
using System.Text.Json.Nodes;

namespace TheoremCheck.Pipeline;

/// <summary>
/// The JSON form of an <see cref="ExperimentSpec"/>: one object per section, snake_case names, enumerations
/// as kebab-case words, numbers as JSON numbers. It is written by reflection, so a property added to a
/// section appears in every output and is read back from stored sweeps without further code; a value
/// missing from an older file takes its default.
/// </summary>
public static class SpecJson
{
    /// <summary>The options of this form for reading: snake_case names, kebab-case enumerations; absent values keep their defaults.</summary>
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new KebabCaseEnumConverter() },
    };

    public static JsonObject ToJson(ExperimentSpec spec) => JsonSerializer.SerializeToNode(spec, SpecJsonContext.Default.ExperimentSpec)!.AsObject();

    /// <summary>One data section in this form.</summary>
    public static JsonObject ToJson(DataSpec data) => JsonSerializer.SerializeToNode(data, SpecJsonContext.Default.DataSpec)!.AsObject();

    /// <summary>Canonical text of a specification (compact JSON): equal specifications give equal text.</summary>
    public static string ToText(ExperimentSpec spec) => JsonSerializer.Serialize(spec, SpecJsonContext.Default.ExperimentSpec);

    public static ExperimentSpec FromJson(JsonNode node)
    {
        try
        {
            return node.Deserialize<ExperimentSpec>(ReadOptions) ?? throw new InvalidDataException("the specification is null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a well-formed experiment specification: {e.Message}", e);
        }
    }

    /// <summary>The path of a section's property in this JSON form, e.g. ("data", "TestSamples") → <c>data.test_samples</c>.</summary>
    public static string Path(string section, string property) => $"{section}.{JsonNamingPolicy.SnakeCaseLower.ConvertName(property)}";
}
