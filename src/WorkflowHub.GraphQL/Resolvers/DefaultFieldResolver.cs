using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>
/// Reads a field from the parent value when no resolver is bound:
/// <list type="bullet">
/// <item><c>IDictionary&lt;string, object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c> and <see cref="IDictionary"/>: the entry with the field's name;</item>
/// <item><see cref="JsonElement"/> and <see cref="JsonObject"/>: the property with the field's name;
/// JSON primitives come back as string, bool, int/long/double or null, arrays as lists, objects stay JSON;</item>
/// <item>other CLR objects: a public property, field or parameterless method whose name matches
/// exactly, else ignoring case, else ignoring case and underscores (<c>created_at</c> finds <c>CreatedAt</c>).
/// Accessors are compiled once per CLR type and field name.</item>
/// </list>
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    /// <summary>The resolver bound to fields that have none.</summary>
    public static readonly SyncFieldResolver Instance = context => Resolve(context.ParentValue, context.Field);

    /// <summary>
    /// Reads <paramref name="field"/> from <paramref name="parent"/>, remembering on the field the accessor of
    /// the last CLR type seen, so repeated objects of one type skip the lookup entirely.
    /// </summary>
    public static object? Resolve(object? parent, OutputField field)
    {
        if (parent is null)
        {
            return null;
        }

        var cache = field.AccessorCache;
        var type = parent.GetType();
        if (cache is not null && cache.Type == type)
        {
            return cache.Accessor is null ? null : cache.Accessor(parent);
        }

        if (IsDataContainer(parent))
        {
            return Resolve(parent, field.Name);
        }

        var accessor = Accessors.GetOrAdd((type, field.Name), static key => CreateAccessor(key.Type, key.Name));
        field.AccessorCache = new ClrAccessor(type, accessor);
        return accessor is null ? null : accessor(parent);
    }

    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? Unwrap(value) : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var readOnlyValue) ? Unwrap(readOnlyValue) : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? FromJson(property) : null;
            case JsonElement:
                return null;
            case JsonObject node:
                return node.TryGetPropertyValue(fieldName, out var child) ? FromJson(child) : null;
            case IDictionary map:
                return map.Contains(fieldName) ? Unwrap(map[fieldName]) : null;
        }

        var accessor = Accessors.GetOrAdd((parent.GetType(), fieldName), static key => CreateAccessor(key.Type, key.Name));
        return accessor is null ? null : accessor(parent);
    }

    private static bool IsDataContainer(object parent) =>
        parent is IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or JsonElement or JsonObject or IDictionary;

    /// <summary>A JSON value as the executor wants it: primitives as CLR values, arrays as lists, objects unchanged.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => InputValues.NumberFromJson(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element,
        _ => null,
    };

    /// <summary>A JSON node as the executor wants it: primitives as CLR values, arrays as lists, objects unchanged.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj,
        JsonArray array => array.Select(FromJson).ToList(),
        _ => InputValues.FromJson(node),
    };

    private static object? Unwrap(object? value) => value switch
    {
        JsonElement element => FromJson(element),
        JsonNode node => FromJson(node),
        _ => value,
    };

    private static Func<object, object?>? CreateAccessor(Type type, string fieldName)
    {
        var member = FindMember(type, fieldName, (a, b) => string.Equals(a, b, StringComparison.Ordinal))
                     ?? FindMember(type, fieldName, (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
                     ?? FindMember(type, fieldName, (a, b) => string.Equals(a.Replace("_", ""), b.Replace("_", ""), StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var instance = Expression.Convert(parameter, type);
        Expression read = member switch
        {
            PropertyInfo property => Expression.Property(instance, property),
            FieldInfo field => Expression.Field(instance, field),
            MethodInfo method => Expression.Call(instance, method),
            _ => throw new InvalidOperationException(),
        };
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string fieldName, Func<string, string, bool> matches)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        foreach (var property in type.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && matches(property.Name, fieldName))
            {
                return property;
            }
        }

        foreach (var field in type.GetFields(flags))
        {
            if (matches(field.Name, fieldName))
            {
                return field;
            }
        }

        foreach (var method in type.GetMethods(flags))
        {
            if (method.GetParameters().Length == 0 && method.ReturnType != typeof(void) && !method.IsGenericMethodDefinition &&
                !method.IsSpecialName && method.DeclaringType != typeof(object) && matches(method.Name, fieldName))
            {
                return method;
            }
        }

        return null;
    }
}

/// <summary>The compiled member reader of one CLR type for one field (null when the type has no such member).</summary>
internal sealed record ClrAccessor(Type Type, Func<object, object?>? Accessor);
