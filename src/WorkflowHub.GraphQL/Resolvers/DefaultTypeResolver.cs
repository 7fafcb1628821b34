using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>
/// How an interface or union without its own type resolver finds a value's object type:
/// the value's <c>__typename</c> (dictionary entry, JSON property, or a CLR property named
/// <c>__typename</c>/<c>Typename</c>), else the first possible type whose <see cref="ObjectType.IsOfType"/>
/// accepts it, else the possible type named like the value's CLR type.
/// </summary>
public static class DefaultTypeResolver
{
    public static ObjectType? Resolve(IResolverContext context, object value, IAbstractType abstractType)
    {
        var schema = context.Schema;
        var possibleTypes = schema.GetPossibleTypes(abstractType);
        if (ReadTypeName(value) is { } typeName)
        {
            return schema.GetType(typeName) as ObjectType;
        }

        foreach (var possible in possibleTypes)
        {
            if (possible.IsOfType is { } isOfType && isOfType(context, value))
            {
                return possible;
            }
        }

        var clrName = value.GetType().Name;
        foreach (var possible in possibleTypes)
        {
            if (possible.Name == clrName)
            {
                return possible;
            }
        }

        return null;
    }

    /// <summary>The <c>__typename</c> a value carries, if any.</summary>
    public static string? ReadTypeName(object value)
    {
        switch (value)
        {
            case IDictionary<string, object?> map:
                return map.TryGetValue("__typename", out var name) ? AsString(name) : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue("__typename", out var readOnlyName) ? AsString(readOnlyName) : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String
                    ? property.GetString()
                    : null;
            case JsonObject node:
                return node.TryGetPropertyValue("__typename", out var child) && child is JsonValue jsonValue &&
                       jsonValue.TryGetValue<string>(out var text)
                    ? text
                    : null;
            case IDictionary map:
                return map.Contains("__typename") ? AsString(map["__typename"]) : null;
            case string or JsonElement:
                return null;
        }

        var property2 = value.GetType().GetProperty("__typename") ?? value.GetType().GetProperty("Typename");
        return property2?.PropertyType == typeof(string) ? (string?)property2.GetValue(value) : null;
    }

    private static string? AsString(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };
}
