using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// An extra static check run by <see cref="IRequestExecutor.Prepare"/> after validation, on the
/// operation that will run (depth or cost limits, feature switches). Errors it returns make the
/// request fail before execution.
/// </summary>
public interface IDocumentRule
{
    /// <summary>Returns the problems found (none when the operation may run). <c>variables</c> are the request's variables as sent, not coerced.</summary>
    IEnumerable<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables);
}
