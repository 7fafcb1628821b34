using System.Text.Json;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// Coerces the variable values of a request against an operation's variable definitions, like
/// graphql-js <c>getVariableValues</c>: defaults for missing variables, required and non-null
/// checks, then <see cref="InputCoercion.CoerceInputValue"/> with <c>Variable "$x" got invalid value ...</c>
/// messages. Each error carries the variable definition (or its type) as <see cref="CoercionException.Node"/>.
/// Variables with an invalid default are left out of the values.
/// </summary>
public static class VariableValues
{
    public static VariableCoercionResult Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int? maxErrors = null,
        bool hideSuggestions = false)
    {
        var errors = new List<CoercionException>();
        var values = new Dictionary<string, object?>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, values, error =>
                {
                    if (maxErrors is not null && errors.Count >= maxErrors)
                    {
                        throw new CoercionException("Too many errors processing variables, error limit reached. Execution aborted.");
                    }

                    errors.Add(error);
                }, hideSuggestions);
            }
        }
        catch (CoercionException limit)
        {
            errors.Add(limit);
        }

        return errors.Count == 0 ? new VariableCoercionResult(values, []) : new VariableCoercionResult(null, errors);
    }

    /// <summary>The same, with the request's <c>variables</c> as JSON (an object, or null/undefined for none).</summary>
    public static VariableCoercionResult Coerce(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, JsonElement inputs, int? maxErrors = null, bool hideSuggestions = false)
    {
        var map = inputs.ValueKind == JsonValueKind.Object
            ? inputs.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value)
            : null;
        return Coerce(schema, definitions, map, maxErrors, hideSuggestions);
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> values,
        Action<CoercionException> onError,
        bool hideSuggestions)
    {
        var name = definition.Variable.Name.Value;
        var type = schema.GetTypeFromAst(definition.Type);
        if (type is not IInputType inputType || !type.IsInputType())
        {
            onError(new CoercionException(
                $"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.")
            {
                Node = definition.Type,
            });
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (InputCoercion.TryCoerceLiteral(definition.DefaultValue, inputType, null, out var defaultValue))
                {
                    values[name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                onError(new CoercionException($"Variable \"${name}\" of required type \"{type}\" was not provided.") { Node = definition });
            }

            return;
        }

        value = InputValues.Normalize(value);
        if (value is null && type is NonNullType)
        {
            onError(new CoercionException($"Variable \"${name}\" of non-null type \"{type}\" must not be null.") { Node = definition });
            return;
        }

        values[name] = InputCoercion.CoerceInputValue(
            value,
            inputType,
            (path, invalidValue, message) => onError(new CoercionException(InputCoercion.FormatVariableError(name, path, invalidValue, message))
            {
                Node = definition,
            }),
            hideSuggestions);
    }
}
