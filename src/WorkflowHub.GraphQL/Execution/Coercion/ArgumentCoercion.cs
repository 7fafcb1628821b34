using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Coercion;

/// <summary>
/// The spec's CoerceArgumentValues with graphql-js messages: defaults applied, variables read,
/// absent arguments without default left out. Problems throw <see cref="LocatedException"/>.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldCollection<Argument> definitions,
        ISyntaxNode owner,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argument = Find(arguments, name);
            if (argument is null)
            {
                if (DefaultValueCache.TryGet(definition, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    throw new LocatedException($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (DefaultValueCache.TryGet(definition, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                    else if (type is NonNullType)
                    {
                        throw new LocatedException(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new LocatedException($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!InputCoercion.TryCoerceLiteral(valueNode, type, variables, out var value))
            {
                throw new LocatedException($"Argument \"{name}\" has invalid value {AstPrinter.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>True when an argument list mentions a variable anywhere (its coercion then depends on the request).</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(IValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Items)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}
