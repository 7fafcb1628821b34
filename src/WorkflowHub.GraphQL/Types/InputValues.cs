using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Helpers for plain runtime values: turns System.Text.Json values into CLR values
/// (null, bool, string, int/long/double, <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;string, object?&gt;</c>)
/// and reads numbers of any CLR numeric type.
/// </summary>
public static class InputValues
{
    /// <summary>Converts <see cref="JsonElement"/> and <see cref="JsonNode"/> trees to plain CLR values; other values are returned unchanged.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => FromJson(element),
        JsonNode node => FromJson(node),
        _ => value,
    };

    /// <summary>A JSON element as a plain CLR value (objects and arrays converted deeply).</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return NumberFromJson(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>();
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJson(item));
                }

                return list;
            default:
                return null;
        }
    }

    /// <summary>A JSON node as a plain CLR value (objects and arrays converted deeply).</summary>
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var map = new Dictionary<string, object?>();
                foreach (var (key, child) in obj)
                {
                    map[key] = FromJson(child);
                }

                return map;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var child in array)
                {
                    list.Add(FromJson(child));
                }

                return list;
            default:
                var jsonValue = node.AsValue();
                if (jsonValue.TryGetValue<JsonElement>(out var element))
                {
                    return FromJson(element);
                }

                return jsonValue.GetValueKind() switch
                {
                    JsonValueKind.String => jsonValue.GetValue<object>() is var raw && raw is string s ? s : jsonValue.ToString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Null => null,
                    _ => jsonValue.GetValue<object>(),
                };
        }
    }

    /// <summary>A JSON number as int when it fits, else long, else double.</summary>
    public static object NumberFromJson(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        return element.GetDouble();
    }

    /// <summary>True for every CLR numeric type (and reads it as a double).</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case System.Numerics.BigInteger big: number = (double)big; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>True for a numeric value without fractional part (JavaScript's <c>Number.isInteger</c>).</summary>
    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>JavaScript's <c>Number(string)</c> for the common cases: trimmed decimal or exponent notation; empty gives false.</summary>
    public static bool TryParseJsNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    internal static bool IsList(object? value) => value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>;
}
