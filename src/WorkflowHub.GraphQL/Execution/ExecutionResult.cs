namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// The response of a query or mutation, or one event of a subscription. <see cref="HasData"/> is
/// false for request errors (no <c>data</c> key at all); <c>data: null</c> is <see cref="HasData"/>
/// true with <see cref="Data"/> null. <see cref="Data"/> keeps the field order of the selection set.
/// </summary>
public sealed class ExecutionResult
{
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    public bool HasData { get; init; }

    /// <summary>Null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request error: errors and no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>An executed operation: data (possibly null) and field errors, if any.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new() { Data = data, HasData = true, Errors = errors is { Count: > 0 } ? errors : null };
}
