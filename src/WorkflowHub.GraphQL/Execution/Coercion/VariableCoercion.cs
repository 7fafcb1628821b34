using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Coercion;

/// <summary>
/// The spec's CoerceVariableValues with graphql-js messages. Variables that are neither given nor
/// defaulted are left out of the result (not null), so arguments can tell "absent" from "null".
/// </summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors,
        bool hideSuggestions)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return NoVariables;
        }

        inputs ??= NoVariables;
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(BadInput("Too many errors processing variables, error limit reached. Execution aborted.", null));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = schema.GetTypeFromAst(definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(BadInput(
                    $"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            if (!inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (InputCoercion.TryCoerceLiteral(definition.DefaultValue, (IInputType)type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(BadInput($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(BadInput($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            var before = errors.Count;
            var result = InputCoercion.CoerceInputValue(
                value,
                (IInputType)type,
                (path, invalidValue, message) =>
                {
                    if (errors.Count < MaxErrors + before)
                    {
                        errors.Add(BadInput(InputCoercion.FormatVariableError(name, path, invalidValue, message), definition));
                    }
                },
                hideSuggestions);
            if (errors.Count == before)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    private static GraphQLError BadInput(string message, ISyntaxNode? node) =>
        GraphQLError.WithCode(message, ErrorCodes.BadUserInput, node is null ? null : [Locations.Of(node)]);
}
