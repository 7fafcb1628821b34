using System.Collections;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types;

/// <summary>Reports one input coercion problem: the path inside the value (field names and list indexes), the offending value and the message.</summary>
public delegate void InputCoercionError(IReadOnlyList<object> path, object? invalidValue, string message);

/// <summary>
/// Input coercion for any input type, as graphql-js does it: <see cref="CoerceInputValue"/> for
/// variable values (<c>coerceInputValue</c>) and <see cref="TryCoerceLiteral"/> for literals in a
/// document (<c>valueFromAST</c>). Input objects become <c>Dictionary&lt;string, object?&gt;</c>,
/// lists <c>List&lt;object?&gt;</c>, leaves whatever their <see cref="ILeafType"/> parses to.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces a variable value (plain CLR values or System.Text.Json values) to <paramref name="type"/>.
    /// Every problem is passed to <paramref name="onError"/> with graphql-js's message (e.g.
    /// <c>Expected non-nullable type "Int!" not to be null.</c>); the returned value is then meaningless.
    /// A non-list value given for a list type becomes a list of one.
    /// </summary>
    public static object? CoerceInputValue(object? value, IInputType type, InputCoercionError onError, bool hideSuggestions = false) =>
        Coerce(InputValues.Normalize(value), type, onError, [], hideSuggestions);

    /// <summary>
    /// Like graphql-js's <c>getVariableValues</c> message: <c>Variable "$v" got invalid value ... at "v.a[0]"; message</c>.
    /// </summary>
    public static string FormatVariableError(string variableName, IReadOnlyList<object> path, object? invalidValue, string message)
    {
        var prefix = $"Variable \"${variableName}\" got invalid value {Inspect.Format(invalidValue)}";
        if (path.Count > 0)
        {
            prefix += $" at \"{variableName}{PrintPath(path)}\"";
        }

        return prefix + "; " + message;
    }

    /// <summary><c>.a[0].b</c> for a path of field names and indexes.</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(segment => segment is int index ? $"[{index}]" : "." + segment));

    /// <summary>
    /// Coerces a literal to <paramref name="type"/>, reading variables from <paramref name="variables"/>
    /// (absent key: not provided; a variable is trusted to have been coerced already). Returns false when
    /// the literal is not valid for the type; unlike <see cref="CoerceInputValue"/> it gives no reason.
    /// </summary>
    public static bool TryCoerceLiteral(IValueNode literal, IInputType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerceLiteral(literal, (IInputType)nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (literal is not ListValueNode items)
                {
                    if (!TryCoerceLiteral(literal, itemType, variables, out var single))
                    {
                        return false;
                    }

                    value = new List<object?> { single };
                    return true;
                }

                var coerced = new List<object?>(items.Items.Count);
                foreach (var item in items.Items)
                {
                    if (IsMissingVariable(item, variables))
                    {
                        if (itemType is NonNullType)
                        {
                            return false;
                        }

                        coerced.Add(null);
                        continue;
                    }

                    if (!TryCoerceLiteral(item, itemType, variables, out var itemValue))
                    {
                        return false;
                    }

                    coerced.Add(itemValue);
                }

                value = coerced;
                return true;
            }

            case InputObjectType inputObject:
            {
                if (literal is not ObjectValueNode obj)
                {
                    return false;
                }

                var fieldNodes = new Dictionary<string, ObjectFieldNode>();
                foreach (var fieldNode in obj.Fields)
                {
                    fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
                }

                var coerced = new Dictionary<string, object?>();
                foreach (var field in inputObject.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (TryGetDefaultValue(field, out var defaultValue))
                        {
                            coerced[field.Name] = defaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!TryCoerceLiteral(fieldNode.Value, field.Type, variables, out var fieldValue))
                    {
                        return false;
                    }

                    coerced[field.Name] = fieldValue;
                }

                if (inputObject.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
                {
                    return false;
                }

                value = coerced;
                return true;
            }

            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(literal, variables);
                    return true;
                }
                catch (CoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The coerced default value of an argument or input field; false when it has none (or it is invalid).</summary>
    public static bool TryGetDefaultValue(InputValue input, out object? value)
    {
        if (input.DefaultValue is null)
        {
            value = null;
            return false;
        }

        if (input.DefaultState == 0)
        {
            var valid = TryCoerceLiteral(input.DefaultValue, input.Type, null, out var coerced);
            input.CoercedDefault = coerced;
            input.DefaultState = valid ? 1 : 2;
        }

        value = input.CoercedDefault;
        return input.DefaultState == 1;
    }

    private static bool IsMissingVariable(IValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static object? Coerce(object? value, IType type, InputCoercionError onError, List<object> path, bool hideSuggestions)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path, hideSuggestions);
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
                if (InputValues.IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, onError, path, hideSuggestions));
                        path.RemoveAt(path.Count - 1);
                    }

                    return items;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path, hideSuggestions) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path, hideSuggestions);

            case ILeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (CoercionException error)
                {
                    onError(path.ToArray(), value, error.Message);
                    return null;
                }

            default:
                onError(path.ToArray(), value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, InputCoercionError onError, List<object> path, bool hideSuggestions)
    {
        var fields = AsObject(value);
        if (fields is null)
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (TryGetDefaultValue(field, out var defaultValue))
                {
                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path, hideSuggestions);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.ContainsField(name))
            {
                var suggestions = hideSuggestions ? [] : Suggestions.For(name, type.Fields.Select(f => f.Name));
                onError(path.ToArray(), value, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            if (coerced.Count > 0)
            {
                var (key, only) = coerced.First();
                if (only is null)
                {
                    onError([.. path, key], null, $"Field \"{key}\" must be non-null.");
                }
            }
        }

        return coerced;
    }

    private static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly,
        IDictionary<string, object?> map => new Dictionary<string, object?>(map),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => map[k]),
        _ => null,
    };
}
