using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using TheoremCheck.Numerics;

namespace TheoremCheck.Cli;

/// <summary>
/// Numbers of either arithmetic for people and for JSON: a double as itself; an exact rational as its fraction
/// with the decimal value beside it, since a 27-digit numerator says nothing at a glance.
/// </summary>
public static class NumberText
{
    /// <summary>"0.53125" for a double; "17/32 (0.53125)" for a rational that is not an integer.</summary>
    public static string Show<T>(T value) where T : struct, INumber<T>
    {
        string decimalText = double.CreateChecked(value).ToString("G6", CultureInfo.InvariantCulture);
        if (!NumberTraits<T>.IsExact) return decimalText;
        string exact = value.ToString()!;
        return exact == decimalText ? exact : $"{exact} ({decimalText})";
    }

    /// <summary>A JSON number for a double; {"fraction": "p/q", "decimal": p/q as a double} for a rational.</summary>
    public static JsonNode Json<T>(T value) where T : struct, INumber<T>
    {
        double approximate = double.CreateChecked(value);
        return NumberTraits<T>.IsExact
            ? new JsonObject { ["fraction"] = value.ToString(), ["decimal"] = approximate }
            : JsonValue.Create(approximate);
    }
}
