using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>Prepares and executes GraphQL requests against one schema.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>Parses (cached by document text), validates (cached), picks the operation and runs the document rules.</summary>
    PreparedRequest Prepare(GraphQLRequest request);

    /// <summary>
    /// Returns an <see cref="ExecutionResult"/> for queries and mutations and a <see cref="ResponseStream"/>
    /// for subscriptions; a request that is not valid gives an <see cref="ExecutionResult"/> with errors
    /// and <see cref="ExecutionResult.HasData"/> false. Never throws: failures become errors in the result.
    /// </summary>
    ValueTask<object> ExecuteAsync(PreparedRequest request, RequestContext context);
}
