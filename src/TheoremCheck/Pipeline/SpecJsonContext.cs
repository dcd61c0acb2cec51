using System.Text.Json.Serialization;

namespace TheoremCheck.Pipeline;

/// <summary>
/// Compile-time JSON metadata for <see cref="ExperimentSpec"/> (System.Text.Json source generation), so writing a
/// specification does not build its serializer by reflection at every start of the command line (about 0.1 s).
/// Writing only: the generated reader gives absent values null instead of their defaults, so <see cref="SpecJson.FromJson"/>
/// reads by reflection. The enumeration converter is the non-generic one, so that a new enumeration needs no converter
/// of its own; it is built by reflection, which native AOT would not allow (SYSLIB1034, silenced in the project: this
/// tool is not compiled ahead of time).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, Converters = [typeof(KebabCaseEnumConverter)])]
[JsonSerializable(typeof(ExperimentSpec))]
[JsonSerializable(typeof(DataSpec))]
internal sealed partial class SpecJsonContext : JsonSerializerContext;
