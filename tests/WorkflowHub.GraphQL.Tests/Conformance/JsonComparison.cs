using System.Text.Json;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>Compares two JSON values exactly, object key order included; numbers compare by value.</summary>
public static class JsonComparison
{
    /// <summary>Null when equal, else where and how they differ.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {Short(expected)}, got {Short(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = actual.EnumerateObject().ToList();
                var expectedKeys = string.Join(",", expectedProperties.Select(p => p.Name));
                var actualKeys = string.Join(",", actualProperties.Select(p => p.Name));
                if (expectedKeys != actualKeys)
                {
                    return $"{path}: expected keys [{expectedKeys}], got [{actualKeys}]";
                }

                for (var i = 0; i < expectedProperties.Count; i++)
                {
                    if (FirstDifference(expectedProperties[i].Value, actualProperties[i].Value, path + "." + expectedProperties[i].Name) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    return $"{path}: expected {expectedItems.Count} items, got {actualItems.Count}: {Short(actual)}";
                }

                for (var i = 0; i < expectedItems.Count; i++)
                {
                    if (FirstDifference(expectedItems[i], actualItems[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return expected.GetDouble().Equals(actual.GetDouble()) ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static string Short(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
