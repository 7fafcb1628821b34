using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema (spec chapter 6): prepares them (parse and validation cached by
/// document text, operation selection, introspection switch, document rules), then executes queries and
/// mutations to an <see cref="ExecutionResult"/> and subscriptions to a <see cref="ResponseStream"/>.
/// Thread-safe; create one per schema and share it.
/// <para>
/// Errors: a resolver's <see cref="GraphQLException"/> gives a field error with its message and extensions;
/// any other exception gives <c>Unexpected Execution Error</c> with code <see cref="ErrorCodes.UnexpectedExecutionError"/>
/// unless <see cref="ExecutorOptions.IncludeExceptionDetails"/> is set. Resolvers run on the executor's own loop
/// once they go asynchronous, one continuation at a time; they must not block on asynchronous work (<c>.Result</c>).
/// </para>
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;

    /// <summary>Throws <see cref="SchemaValidationException"/> when the schema is not valid (as graphql-js refuses to execute against one).</summary>
    public RequestExecutor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        if (schema.Validate() is { Count: > 0 } problems)
        {
            throw new SchemaValidationException(problems);
        }

        Options = options ?? new ExecutorOptions();
        _documents = new DocumentCache(Options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    public ExecutorOptions Options { get; }

    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (request.Query is null)
            {
                return Failed(request, null, GraphQLError.WithCode("Must provide query string.", ErrorCodes.ParseFailed));
            }

            var cached = _documents.GetOrAdd(request.Query, CreateDocument);
            if (cached.Errors.Count > 0)
            {
                return new PreparedRequest(request, cached.Document, null, cached.Errors) { Cached = cached };
            }

            var operation = SelectOperation(cached, request.OperationName, out var selectionError);
            if (operation is null)
            {
                return Failed(request, cached, selectionError!);
            }

            var errors = CheckOperation(cached.Document!, operation, request.Variables);
            return new PreparedRequest(request, cached.Document, operation, errors) { Cached = cached };
        }
        catch (Exception e)
        {
            return Failed(request, null, new GraphQLError(
                Options.IncludeExceptionDetails ? e.Message : "Unexpected Execution Error",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
                exception: e));
        }
    }

    public ValueTask<object> ExecuteAsync(PreparedRequest request, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (!request.IsValid || request.Operation is not { } operation || request.Cached is not { } cached)
            {
                return new ValueTask<object>(ExecutionResult.FromErrors(
                    request.Errors.Count > 0 ? request.Errors : [new GraphQLError("Must provide an operation.")]));
            }

            var variables = CoerceVariables(operation, request.Request.Variables, out var variableErrors);
            if (variableErrors is not null)
            {
                return new ValueTask<object>(ExecutionResult.FromErrors(variableErrors));
            }

            var rootType = Schema.GetRootType(operation.Operation)!;
            SelectionPlan rootPlan;
            try
            {
                rootPlan = cached.RootPlan(Schema, operation, rootType, variables);
            }
            catch (CoercionException e)
            {
                return new ValueTask<object>(ExecutionResult.FromData(null, [new GraphQLError(e.Message, Locations.ListOf(e.Node))]));
            }

            PrepareBatchDispatcher(context);
            if (operation.Operation == OperationType.Subscription)
            {
                return SubscribeAsync(operation, rootType, rootPlan, variables, context);
            }

            var run = new OperationRun(Schema, Options, operation, rootType, rootPlan, variables, context, context.RootValue);
            var pending = run.ExecuteAsync();
            return pending.IsCompletedSuccessfully ? new ValueTask<object>(pending.Result) : AsObject(pending);
        }
        catch (Exception e)
        {
            return new ValueTask<object>(ExecutionResult.FromError(new GraphQLError(
                Options.IncludeExceptionDetails ? e.Message : "Unexpected Execution Error",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedExecutionError },
                exception: e)));
        }
    }

    /// <summary>Prepares and executes in one call (for tests and in-process callers).</summary>
    public ValueTask<object> ExecuteAsync(GraphQLRequest request, RequestContext? context = null) =>
        ExecuteAsync(Prepare(request), context ?? new RequestContext());

    private static async ValueTask<object> AsObject(ValueTask<ExecutionResult> pending) => await pending.ConfigureAwait(false);

    private IReadOnlyDictionary<string, object?> CoerceVariables(
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out List<GraphQLError>? errors)
    {
        errors = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return ArgumentLiterals.None;
        }

        // graphql-js stops after 50 variable errors too.
        var coerced = VariableValues.Coerce(Schema, operation.VariableDefinitions, inputs, 50, Options.ValidationOptions?.HideSuggestions ?? false);
        if (coerced.IsValid)
        {
            return coerced.Values!;
        }

        errors = new List<GraphQLError>(coerced.Errors.Count);
        foreach (var error in coerced.Errors)
        {
            errors.Add(GraphQLError.WithCode(error.Message, ErrorCodes.BadUserInput, Locations.ListOf(error.Node)));
        }

        return ArgumentLiterals.None;
    }

    /// <summary>Creates the request's batch dispatcher with the configured factory when neither services nor context data hold one.</summary>
    private void PrepareBatchDispatcher(RequestContext context)
    {
        if (Options.BatchDispatcherFactory is not { } factory ||
            context.ContextData.ContainsKey(IBatchDispatcher.ContextDataKey) ||
            context.Services.GetService(typeof(IBatchDispatcher)) is not null)
        {
            return;
        }

        context.ContextData[IBatchDispatcher.ContextDataKey] = factory(context);
    }

    private static PreparedRequest Failed(GraphQLRequest request, CachedDocument? cached, GraphQLError error) =>
        new(request, cached?.Document, null, [error]) { Cached = cached };
}
