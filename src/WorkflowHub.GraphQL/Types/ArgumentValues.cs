using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Coerces the arguments written on a field or directive (graphql-js <c>getArgumentValues</c> and
/// <c>getDirectiveValues</c>): literals and variables to the argument types, defaults for the
/// missing ones. Problems throw <see cref="CoercionException"/> with graphql-js's message and the node.
/// </summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>
    /// The coerced arguments by name; absent arguments without default are left out. Fields without
    /// argument definitions share one empty dictionary.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<Argument> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?>? variables,
        ISyntaxNode? owner = null)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var values = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == name)
                {
                    node = candidate;
                    break;
                }
            }

            if (node is null)
            {
                if (InputCoercion.TryGetDefaultValue(definition, out var defaultValue))
                {
                    values[name] = defaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new CoercionException($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.") { Node = owner };
                }

                continue;
            }

            var literal = node.Value;
            var isNull = literal is NullValueNode;
            if (literal is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (InputCoercion.TryGetDefaultValue(definition, out var defaultValue))
                    {
                        values[name] = defaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new CoercionException(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.")
                        {
                            Node = literal,
                        };
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw new CoercionException($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.") { Node = literal };
            }

            if (!InputCoercion.TryCoerceLiteral(literal, definition.Type, variables, out var value))
            {
                throw new CoercionException($"Argument \"{name}\" has invalid value {AstPrinter.Print(literal)}.") { Node = literal };
            }

            values[name] = value;
        }

        return values;
    }

    /// <summary>
    /// The coerced arguments of <paramref name="directive"/> where <paramref name="node"/> applies it
    /// (the first application), or null when it does not; e.g. to evaluate <c>@skip(if: $v)</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? ForDirective(
        DirectiveType directive, IHasDirectives node, IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (var applied in node.Directives)
        {
            if (applied.Name.Value == directive.Name)
            {
                return Coerce(directive.Arguments, applied.Arguments, variables, applied);
            }
        }

        return null;
    }
}
