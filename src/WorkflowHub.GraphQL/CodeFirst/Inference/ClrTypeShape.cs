using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// A CLR type as GraphQL sees it: the named CLR type at its core, whether each level is nullable,
/// and list levels. Tasks (<c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>) and <c>Nullable&lt;T&gt;</c> are
/// unwrapped; arrays and <c>IEnumerable&lt;T&gt;</c> (not strings or dictionaries) are lists.
/// Reference types count as non-null unless annotated nullable (<c>string?</c>) or in code without
/// nullable annotations.
/// </summary>
public sealed class ClrTypeShape
{
    private ClrTypeShape(Type namedType, bool nullable, ClrTypeShape? element)
    {
        NamedType = namedType;
        IsNullable = nullable;
        Element = element;
    }

    /// <summary>The CLR type of the named GraphQL type at the core of this shape.</summary>
    public Type NamedType { get; }

    public bool IsNullable { get; }

    /// <summary>The item shape when this level is a list.</summary>
    public ClrTypeShape? Element { get; }

    public bool IsList => Element is not null;

    public ClrTypeShape WithNullable(bool nullable) => new(NamedType, nullable, Element);

    public ClrTypeShape WithElement(ClrTypeShape element) => new(NamedType, IsNullable, element);

    /// <summary>Applies <see cref="GraphQLNonNullTypeAttribute"/> levels, outer first.</summary>
    public ClrTypeShape ForceNonNull(IReadOnlyList<bool> levels, int index = 0)
    {
        var nullable = index < levels.Count ? !levels[index] : IsNullable;
        return new ClrTypeShape(NamedType, nullable, Element?.ForceNonNull(levels, index + 1));
    }

    public static ClrTypeShape Of(PropertyInfo property, NullabilityInfoContext context) =>
        Of(property.PropertyType, context.Create(property));

    public static ClrTypeShape Of(FieldInfo field, NullabilityInfoContext context) =>
        Of(field.FieldType, context.Create(field));

    public static ClrTypeShape Of(ParameterInfo parameter, NullabilityInfoContext context) =>
        Of(parameter.ParameterType, context.Create(parameter));

    /// <summary>A CLR type without annotations: value types are non-null, reference types nullable.</summary>
    public static ClrTypeShape Of(Type type) => Of(type, null);

    public static ClrTypeShape Of(Type type, NullabilityInfo? info)
    {
        if (UnwrapTask(type) is { } result)
        {
            return Of(result, info?.GenericTypeArguments.FirstOrDefault());
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new ClrTypeShape(Of(underlying).NamedType, true, null);
        }

        var nullable = IsNullableReference(type, info);
        if (ElementType(type) is { } element)
        {
            var elementInfo = type.IsArray ? info?.ElementType : info?.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null;
            var item = Of(element, elementInfo);
            return new ClrTypeShape(item.NamedType, nullable, item);
        }

        return new ClrTypeShape(type, nullable, null);
    }

    /// <summary>The T of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>; null for other types.</summary>
    public static Type? UnwrapTask(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>The item type when GraphQL sees <paramref name="type"/> as a list; null otherwise.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) ||
            typeof(JsonDocument).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (IsDictionary(type))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return implemented.GetGenericArguments()[0];
            }
        }

        return typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null;
    }

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type) ||
        (type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>))) ||
        type.GetInterfaces().Any(i => i.IsGenericType &&
                                      (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    private static bool IsNullableReference(Type type, NullabilityInfo? info)
    {
        if (type.IsValueType)
        {
            return false;
        }

        return info is null || info.ReadState != NullabilityState.NotNull;
    }
}
