using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Coercion;

/// <summary>
/// Input coercion of literals (graphql-js <c>valueFromAST</c>): false means the literal is not valid
/// for the type (JavaScript's <c>undefined</c>). Variables are read from the coerced variable values;
/// an absent variable inside a list becomes null, inside an input object it counts as not given.
/// </summary>
internal static class LiteralCoercion
{
    public static bool TryCoerce(IValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(node, inputObject, variables, out value);
            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(node, variables);
                    return true;
                }
                catch (Exception)
                {
                    // Like graphql-js: any failure means "invalid literal"; the caller words the error.
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(IValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        var itemType = list.OfType;
        if (node is not ListValueNode items)
        {
            if (!TryCoerce(node, itemType, variables, out var single))
            {
                value = null;
                return false;
            }

            value = new List<object?>(1) { single };
            return true;
        }

        var result = new List<object?>(items.Items.Count);
        foreach (var item in items.Items)
        {
            if (IsMissingVariable(item, variables))
            {
                if (itemType is NonNullType)
                {
                    value = null;
                    return false;
                }

                result.Add(null);
                continue;
            }

            if (!TryCoerce(item, itemType, variables, out var coerced))
            {
                value = null;
                return false;
            }

            result.Add(coerced);
        }

        value = result;
        return true;
    }

    private static bool TryCoerceInputObject(IValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            var fieldNode = Find(obj, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (DefaultValueCache.TryGet(field, out var defaultValue))
                {
                    result[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                return false;
            }

            foreach (var entry in result)
            {
                if (entry.Value is null)
                {
                    return false;
                }
            }
        }

        value = result;
        return true;
    }

    private static ObjectFieldNode? Find(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static bool IsMissingVariable(IValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
