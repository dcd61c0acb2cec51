using System.Text.Json;
using System.Text.Json.Serialization;

namespace TheoremCheck.Pipeline;

/// <summary>Enumerations as kebab-case words (<c>shifted-gauss</c>, <c>scaled-linf</c>); numbers are refused.</summary>
public sealed class KebabCaseEnumConverter() : JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
