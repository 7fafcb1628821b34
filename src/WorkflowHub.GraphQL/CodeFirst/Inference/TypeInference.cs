using System.Reflection;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Definitions inferred from plain CLR types, and the CLR types that map to scalars.</summary>
internal static class TypeInference
{
    private static readonly Dictionary<Type, string> ScalarNames = new()
    {
        [typeof(string)] = "String",
        [typeof(bool)] = "Boolean",
        [typeof(int)] = "Int",
        [typeof(short)] = "Int",
        [typeof(byte)] = "Int",
        [typeof(sbyte)] = "Int",
        [typeof(ushort)] = "Int",
        [typeof(long)] = "Long",
        [typeof(uint)] = "Long",
        [typeof(float)] = "Float",
        [typeof(double)] = "Float",
        [typeof(decimal)] = "Float",
        [typeof(Guid)] = "UUID",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(System.Text.Json.JsonElement)] = "JSON",
        [typeof(System.Text.Json.JsonDocument)] = "JSON",
        [typeof(object)] = "JSON",
    };

    /// <summary>The scalar a CLR type maps to by default, or null.</summary>
    public static string? ScalarName(Type type)
    {
        if (ScalarNames.TryGetValue(type, out var name))
        {
            return name;
        }

        // Free-form maps have no fields to describe: they are JSON objects.
        return typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type) || typeof(System.Collections.IDictionary).IsAssignableFrom(type) ||
               type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            ? "JSON"
            : null;
    }

    public static EnumTypeDefinition Enum(Type enumType)
    {
        var definition = new EnumTypeDefinition { RuntimeType = enumType, Description = Naming.Description(enumType) };
        foreach (var member in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            definition.Values.Add(new EnumValueDefinition
            {
                Name = member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? Naming.EnumValueName(member.Name),
                Value = member.GetValue(null)!,
                Description = Naming.Description(member),
                DeprecationReason = Naming.DeprecationReason(member),
                IsIgnored = member.IsDefined(typeof(GraphQLIgnoreAttribute)),
            });
        }

        return definition;
    }

    /// <summary>An object (or interface) type from a class's public members.</summary>
    public static ComplexTypeDefinition Complex(Type type, TypeKind kind) => new()
    {
        Kind = kind,
        RuntimeType = type,
        Description = Naming.Description(type),
    };

    public static InputObjectTypeDefinition InputObject(Type type) => new()
    {
        RuntimeType = type,
        Description = Naming.Description(type),
    };

    /// <summary>Properties that can be written through a setter or a constructor parameter of the same name.</summary>
    public static IEnumerable<PropertyInfo> InputProperties(Type type)
    {
        var constructorNames = new HashSet<string>(
            type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && !property.IsDefined(typeof(GraphQLIgnoreAttribute)) &&
                (property.SetMethod is { IsPublic: true } || constructorNames.Contains(property.Name)))
            {
                yield return property;
            }
        }
    }

    /// <summary>A runtime value as the literal a default value is printed with.</summary>
    public static IValueNode DefaultLiteral(object? value, IType type)
    {
        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type.NullableType())
        {
            case ILeafType leaf:
                return leaf.ValueToLiteral(value) ?? throw new InvalidOperationException($"{value} is not a value of {leaf.Name}.");
            case ListType list when value is System.Collections.IEnumerable items and not string:
                return new ListValueNode(items.Cast<object?>().Select(item => DefaultLiteral(item, list.OfType)).ToList());
            case ListType list:
                return DefaultLiteral(value, list.OfType);
            default:
                return ValueLiterals.FromUntyped(value) ?? new NullValueNode();
        }
    }
}
