namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>One request as a client sent it, before persisted documents are resolved.</summary>
internal sealed class GraphQLHttpRequest
{
    public string? Query { get; set; }

    public string? OperationName { get; set; }

    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }

    public string? DocumentId { get; set; }
}
