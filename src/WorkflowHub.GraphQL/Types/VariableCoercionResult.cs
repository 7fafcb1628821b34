using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>The outcome of <see cref="VariableValues.Coerce(Schema, IReadOnlyList{VariableDefinitionNode}, IReadOnlyDictionary{string, object?}?, int?, bool)"/>: values, or the errors that prevent execution.</summary>
public sealed record VariableCoercionResult(IReadOnlyDictionary<string, object?>? Values, IReadOnlyList<CoercionException> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
