using System.Text;
using System.Text.Json;

namespace WorkflowHub.GraphQL.Data.Paging;

/// <summary>A cursor is the position of a row in its order: the values of its sort keys, as base64url JSON.</summary>
internal static class KeysetCursor
{
    public static string Encode(IReadOnlyList<object?> values) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(values)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static object?[] Decode(string cursor, IReadOnlyList<Type> types, string argumentName)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            var items = json.RootElement.EnumerateArray().ToList();
            if (items.Count != types.Count) throw new FormatException("wrong number of keys");
            return items.Select((item, i) => item.ValueKind == JsonValueKind.Null ? null : item.Deserialize(types[i])).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new DataInputException(argumentName,
                $"'{cursor}' is not a cursor of this list in this order. Use a cursor from the same query, or none to start at the beginning.");
        }
    }
}
