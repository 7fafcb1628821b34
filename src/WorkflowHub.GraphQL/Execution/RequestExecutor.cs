using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>Executes requests against one schema (spec chapter 6).</summary>
public sealed class RequestExecutor : IRequestExecutor
{
    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new ExecutorOptions();
    }

    public Schema Schema { get; }

    public ExecutorOptions Options { get; }

    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Query))
        {
            return new PreparedRequest(request, null, null, [GraphQLError.WithCode("Must provide query string.", ErrorCodes.ParseFailed)]);
        }

        try
        {
            var document = Parser.Parse(request.Query, Options.ParserOptions);
            var operation = document.Definitions.OfType<OperationDefinitionNode>().FirstOrDefault();
            return new PreparedRequest(request, document, operation, []);
        }
        catch (GraphQLSyntaxException e)
        {
            return new PreparedRequest(request, null, null, [GraphQLError.WithCode(e.Message, ErrorCodes.ParseFailed, [new SourceLocation(e.Line, e.Column)])]);
        }
    }

    public ValueTask<object> ExecuteAsync(PreparedRequest request, RequestContext context) =>
        new(request.IsValid
            ? ExecutionResult.FromError(new GraphQLError("Execution is not implemented yet."))
            : ExecutionResult.FromErrors(request.Errors));
}
