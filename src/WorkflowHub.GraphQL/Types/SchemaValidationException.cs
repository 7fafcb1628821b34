namespace WorkflowHub.GraphQL.Types;

/// <summary>A schema failed validation; <see cref="Errors"/> lists every problem, the message joins them.</summary>
public sealed class SchemaValidationException(IReadOnlyList<SchemaError> errors)
    : Exception(string.Join("\n\n", errors.Select(e => e.Message)))
{
    public IReadOnlyList<SchemaError> Errors { get; } = errors;
}
