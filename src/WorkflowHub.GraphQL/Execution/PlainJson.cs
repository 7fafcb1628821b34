using System.Globalization;
using System.Text.Json;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// Converts JSON to the plain CLR values requests carry: objects as insertion-ordered
/// <c>Dictionary&lt;string, object?&gt;</c> (read as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>; a repeated
/// key keeps its last value, like <c>JSON.parse</c>), arrays as <c>List&lt;object?&gt;</c>, strings, numbers as
/// int when they fit, else long, else decimal for exact integers, else double, booleans and null.
/// </summary>
public static class PlainJson
{
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>();
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return ReadString(element);
            case JsonValueKind.Number:
                return Number(element.GetRawText());
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Parses JSON text; throws <see cref="JsonException"/> when it is not valid JSON.</summary>
    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read())
        {
            throw new JsonException("Empty JSON text.");
        }

        var value = Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the JSON value.");
        }

        return value;
    }

    /// <summary>Reads the value at the reader's current token (without building a <see cref="JsonDocument"/>); leaves the reader on its last token.</summary>
    public static object? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader);
                    reader.Read();
                    map[name] = Read(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var small))
                {
                    return small;
                }

                if (reader.TryGetInt64(out var large))
                {
                    return large;
                }

                return Number(reader.HasValueSequence
                    ? System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
                    : System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = element.GetRawText();
            return Unescape(System.Text.Encoding.UTF8.GetBytes(raw.Substring(1, raw.Length - 2)));
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        }
    }

    /// <summary>
    /// JSON string unescaping that, like <c>JSON.parse</c>, keeps lone surrogates from <c>\uD800</c>-style escapes
    /// (System.Text.Json refuses them).
    /// </summary>
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = System.Text.Encoding.UTF8.GetString(escaped);
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }

    private static object Number(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            return small;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large))
        {
            return large;
        }

        if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0 &&
            decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exact))
        {
            return exact;
        }

        // Out-of-range values become infinities, as JSON.parse makes them.
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
