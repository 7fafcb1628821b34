using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using WorkflowHub.GraphQL.AspNetCore.Http;
using WorkflowHub.GraphQL.AspNetCore.Limits;
using WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>
/// What every transport does with one request: resolve a persisted document, check the document
/// size, prepare (parse, validate, document rules), check the operation type, execute.
/// </summary>
internal sealed class GraphQLRequestRunner
{
    private readonly IRequestExecutor _executor;
    private readonly IPersistedDocumentStore? _store;
    private readonly PersistedDocumentOptions _persisted;
    private readonly int? _maxDocumentBytes;
    private readonly IHttpRequestInterceptor[] _interceptors;

    public GraphQLRequestRunner(
        IRequestExecutor executor,
        IOptions<RequestLimitOptions> limits,
        IOptions<PersistedDocumentOptions> persisted,
        IEnumerable<IHttpRequestInterceptor> interceptors,
        IPersistedDocumentStore? store = null)
    {
        _executor = executor;
        _store = store;
        _persisted = persisted.Value;
        _maxDocumentBytes = limits.Value.MaxDocumentBytes;
        _interceptors = interceptors.ToArray();
    }

    public IRequestExecutor Executor => _executor;

    public async ValueTask<RequestOutcome> RunAsync(GraphQLHttpRequest raw, HttpContext http, AllowedOperations allowed, CancellationToken cancellationToken)
    {
        var query = raw.Query;
        var persistedQuery = PersistedQueryHash(raw.Extensions);
        if (raw.DocumentId is not null || persistedQuery is not null)
        {
            var resolved = await ResolvePersistedAsync(raw, persistedQuery, cancellationToken).ConfigureAwait(false);
            if (resolved.Error is { } error)
            {
                return error;
            }

            query = resolved.Query;
        }
        else if (_persisted.OnlyAllowPersistedDocuments)
        {
            return RequestOutcome.Error("Only persisted documents may be executed here: send a \"documentId\".", ServerErrorCodes.PersistedDocumentRequired);
        }

        if (query is null)
        {
            return RequestOutcome.Error("The request has no \"query\" (and no \"documentId\").", ServerErrorCodes.InvalidRequest);
        }

        if (_maxDocumentBytes is { } max && query.Length > max / 3 && Encoding.UTF8.GetByteCount(query) > max)
        {
            return RequestOutcome.Error($"The document is larger than the {max} bytes allowed.", ServerErrorCodes.DocumentTooLarge);
        }

        var request = new GraphQLRequest(query, raw.OperationName, raw.Variables, raw.Extensions);
        var prepared = _executor.Prepare(request);
        if (!prepared.IsValid)
        {
            return RequestOutcome.Error(TransportErrors.Result(prepared.Errors));
        }

        var operation = prepared.OperationType;
        if (!IsAllowed(operation, allowed))
        {
            return new RequestOutcome(OutcomeKind.OperationNotAllowed, null, null, operation);
        }

        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [ContextDataKeys.HttpContext] = http, [ContextDataKeys.Operation] = prepared.Operation, [ContextDataKeys.Document] = prepared.Document };
        foreach (var interceptor in _interceptors)
        {
            await interceptor.OnCreateAsync(http, request, contextData, cancellationToken).ConfigureAwait(false);
        }

        var context = new RequestContext
        {
            Services = http.RequestServices,
            RequestAborted = cancellationToken,
            User = http.User,
            ContextData = contextData,
        };

        var outcome = await _executor.ExecuteAsync(prepared, context).ConfigureAwait(false);
        return outcome switch
        {
            ExecutionResult result => new RequestOutcome(OutcomeKind.Result, result, null, operation),
            ResponseStream stream => new RequestOutcome(OutcomeKind.Stream, null, stream, operation),
            _ => throw new InvalidOperationException("The executor returned " + outcome.GetType().Name + "."),
        };
    }

    private static bool IsAllowed(OperationType? operation, AllowedOperations allowed) => operation switch
    {
        OperationType.Query => (allowed & AllowedOperations.Query) != 0,
        OperationType.Mutation => (allowed & AllowedOperations.Mutation) != 0,
        OperationType.Subscription => (allowed & AllowedOperations.Subscription) != 0,
        _ => true,
    };

    private async ValueTask<(string? Query, RequestOutcome? Error)> ResolvePersistedAsync(GraphQLHttpRequest raw, string? persistedQuery, CancellationToken cancellationToken)
    {
        var id = raw.DocumentId ?? persistedQuery;
        if (!DocumentHash.TryNormalize(id, out var hash))
        {
            return (null, RequestOutcome.Error($"\"{id}\" is not a document id: expected \"sha256:\" and 64 hex digits.", ServerErrorCodes.PersistedDocumentNotFound));
        }

        if (_store is null)
        {
            return (null, RequestOutcome.Error("This endpoint has no persisted documents.", ServerErrorCodes.PersistedDocumentNotFound));
        }

        var isApq = raw.DocumentId is null;
        if (isApq && raw.Query is not null && _persisted.AllowAutomaticPersistedQueries)
        {
            if (DocumentHash.Compute(raw.Query) != hash)
            {
                return (null, RequestOutcome.Error("The document does not match its sha256Hash.", ServerErrorCodes.InvalidRequest));
            }

            await _store.SaveAsync(hash, raw.Query, cancellationToken).ConfigureAwait(false);
            return (raw.Query, null);
        }

        var document = await _store.TryReadAsync(hash, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return isApq
                ? (null, RequestOutcome.Error("PersistedQueryNotFound", ServerErrorCodes.PersistedQueryNotFound))
                : (null, RequestOutcome.Error($"No persisted document has the id \"{id}\".", ServerErrorCodes.PersistedDocumentNotFound));
        }

        return (document, null);
    }

    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null
        && extensions.TryGetValue("persistedQuery", out var value)
        && value is IReadOnlyDictionary<string, object?> persisted
        && persisted.TryGetValue("sha256Hash", out var hash)
            ? hash as string ?? ""
            : null;
}
