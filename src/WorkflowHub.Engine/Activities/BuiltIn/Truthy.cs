using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.Activities.BuiltIn;

/// <summary>JavaScript truthiness of a JSON value.</summary>
internal static class Truthy
{
    public static bool Of(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<double>() is not 0 and not double.NaN,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            _ => false,
        },
        _ => true,
    };
}
