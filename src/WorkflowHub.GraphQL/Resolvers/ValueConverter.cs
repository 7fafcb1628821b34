using System.Globalization;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>Converts coerced argument values to the CLR type a resolver asks for (numbers widened or narrowed, enum names to CLR enums).</summary>
public static class ValueConverter
{
    public static T ConvertTo<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        return (T)ConvertTo(value, typeof(T));
    }

    public static object ConvertTo(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum && value is string name)
        {
            foreach (var member in Enum.GetNames(type))
            {
                if (string.Equals(member.Replace("_", ""), name.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
                {
                    return Enum.Parse(type, member);
                }
            }
        }

        if (type == typeof(Guid) && value is string text)
        {
            return Guid.Parse(text);
        }

        // JSON arguments arrive as plain values (dictionaries, lists, numbers); resolvers may want them as a JSON DOM.
        if (typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(type))
        {
            return System.Text.Json.JsonSerializer.SerializeToNode(value) is { } node && type.IsInstanceOfType(node)
                ? node
                : throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to {target.Name}.");
        }

        if (type == typeof(System.Text.Json.JsonElement))
        {
            return System.Text.Json.JsonSerializer.SerializeToElement(value);
        }

        if (type == typeof(string))
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        if (value is IConvertible)
        {
            return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to {target.Name}.");
    }
}
