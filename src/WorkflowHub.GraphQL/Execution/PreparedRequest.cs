using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// A request after <see cref="IRequestExecutor.Prepare"/>: the parsed document, the operation to run
/// and every error found so far (syntax, validation, operation selection, document rules).
/// </summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, DocumentNode? document, OperationDefinitionNode? operation, IReadOnlyList<GraphQLError> errors)
    {
        Request = request;
        Document = document;
        Operation = operation;
        Errors = errors;
    }

    public GraphQLRequest Request { get; }

    /// <summary>Null when the document did not parse (or there was none).</summary>
    public DocumentNode? Document { get; }

    /// <summary>The operation that runs; null when it could not be chosen.</summary>
    public OperationDefinitionNode? Operation { get; }

    public OperationType? OperationType => Operation?.Operation;

    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The cached parse and validation outcome this request was prepared from.</summary>
    internal CachedDocument? Cached { get; init; }
}
