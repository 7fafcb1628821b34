using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Execution.Coercion;

/// <summary>Reports one problem found while coercing a value: the path inside it, the offending value and the message.</summary>
internal delegate void InputErrorSink(IReadOnlyList<object> path, object? invalidValue, string message);

/// <summary>
/// Input coercion of variable values (graphql-js <c>coerceInputValue</c>): plain values from JSON to
/// the values resolvers receive. Reports every problem with its path inside the value.
/// </summary>
internal static class InputValueCoercion
{
    public static object? Coerce(object? value, IInputType type, InputErrorSink onError) => Coerce(value, type, [], onError);

    private static object? Coerce(object? value, IType type, List<object> path, InputErrorSink onError)
    {
        value = Plain(value);
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, path, onError);
            }

            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (!IsList(value))
                {
                    return new List<object?>(1) { Coerce(value, list.OfType, path, onError) };
                }

                var items = new List<object?>();
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    items.Add(Coerce(item, list.OfType, path, onError));
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, onError);
            case ILeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (CoercionException e)
                {
                    onError(path.ToArray(), value, e.Message);
                }
                catch (Exception e)
                {
                    onError(path.ToArray(), value, $"Expected type \"{leaf.Name}\". {e.Message}");
                }

                return null;
            default:
                onError(path.ToArray(), value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, List<object> path, InputErrorSink onError)
    {
        if (!TryReadObject(value, out var entries))
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (DefaultValueCache.TryGet(field, out var defaultValue))
                {
                    result[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in entries.Keys)
        {
            if (!type.Fields.ContainsField(key))
            {
                var suggestions = Suggestions.For(key, type.Fields.Select(f => f.Name));
                onError(path.ToArray(), value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                foreach (var (key, fieldValue) in result)
                {
                    if (fieldValue is null)
                    {
                        onError([.. path, key], null, $"Field \"{key}\" must be non-null.");
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Error text for a path inside a variable, e.g. <c>.filter.ids[1]</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    private static object? Plain(object? value) => value switch
    {
        JsonElement element => PlainJson.FromElement(element),
        JsonNode node => InputValues.FromJson(node),
        _ => value,
    };

    private static bool IsList(object value) =>
        value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;

    private static bool TryReadObject(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                entries = readOnly;
                return true;
            case IDictionary<string, object?> mutable:
                entries = new Dictionary<string, object?>(mutable);
                return true;
            default:
                entries = null!;
                return false;
        }
    }
}
