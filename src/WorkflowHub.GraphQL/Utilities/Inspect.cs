using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.GraphQL.Utilities;

/// <summary>
/// Renders a runtime value for an error message like graphql-js <c>inspect</c>:
/// strings JSON-quoted, numbers as JavaScript prints them, lists as <c>[1, 2]</c>,
/// objects as <c>{ a: 1 }</c>.
/// </summary>
public static class Inspect
{
    private const int MaxDepth = 2;
    private const int MaxListItems = 10;

    public static string Format(object? value) => Format(value, 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case char c:
                return Quote(c.ToString());
            case double d:
                return JsNumber.Format(d);
            case float f:
                return JsNumber.Format(f);
            case decimal m:
                return JsNumber.Format((double)m);
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case JsonElement element:
                return FormatJson(element, depth);
            case JsonNode node:
                return FormatJson(JsonSerializer.SerializeToElement(node), depth);
            case IDictionary<string, object?> map:
                return FormatObject(map.Select(p => (p.Key, p.Value)), depth);
            case IReadOnlyDictionary<string, object?> map:
                return FormatObject(map.Select(p => (p.Key, p.Value)), depth);
            case IEnumerable list:
                return FormatList(list.Cast<object?>(), depth);
            default:
                return value.ToString() ?? value.GetType().Name;
        }
    }

    /// <summary>A string quoted the way JavaScript's <c>JSON.stringify</c> quotes it.</summary>
    public static string Quote(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var loneSurrogate = (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))) ||
                                        (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
                    if (c < ' ' || loneSurrogate)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string FormatJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FormatObject(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), depth),
        JsonValueKind.Array => FormatList(element.EnumerateArray().Select(e => (object?)e), depth),
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => JsNumber.Format(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string FormatObject(IEnumerable<(string Key, object? Value)> entries, int depth)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", list.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatList(IEnumerable<object?> items, int depth)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxDepth)
        {
            return "[Array]";
        }

        var shown = list.Take(MaxListItems).Select(i => Format(i, depth + 1)).ToList();
        if (list.Count > MaxListItems)
        {
            var remaining = list.Count - MaxListItems;
            shown.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }
}
