namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// A GraphQL request as a transport receives it. <paramref name="Variables"/> and <paramref name="Extensions"/>
/// hold plain CLR values (see <see cref="PlainJson"/>): <c>IReadOnlyDictionary&lt;string, object?&gt;</c> in
/// insertion order, <c>IReadOnlyList&lt;object?&gt;</c>, string, int/long, double, decimal, bool or null.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
