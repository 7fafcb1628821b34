using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.GraphQL.AspNetCore.GraphiQL;
using WorkflowHub.GraphQL.AspNetCore.ServerSentEvents;
using WorkflowHub.GraphQL.AspNetCore.WebSockets;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>
/// The endpoint behind <c>MapGraphQL</c>: GraphQL over HTTP (GET and POST), the schema as SDL,
/// GraphiQL, Server-Sent Events and the <c>graphql-transport-ws</c> WebSocket protocol.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLRequestRunner _runner;
    private readonly GraphQLServerOptions _options;
    private readonly GraphQLWebSocketHandler _webSockets;
    private readonly ServerSentEventsHandler _serverSentEvents;
    private readonly GraphiQLPage _graphiQL;
    private readonly ILogger _logger;
    private string? _sdl;

    public GraphQLHttpHandler(
        GraphQLRequestRunner runner,
        IOptions<GraphQLServerOptions> options,
        GraphQLWebSocketHandler webSockets,
        ServerSentEventsHandler serverSentEvents,
        GraphiQLPage graphiQL,
        ILogger<GraphQLHttpHandler> logger)
    {
        _runner = runner;
        _options = options.Value;
        _webSockets = webSockets;
        _serverSentEvents = serverSentEvents;
        _graphiQL = graphiQL;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (GraphQLRequestRejectedException rejected)
        {
            await WriteErrorAsync(context, rejected.StatusCode, ResponseKind.Json, rejected.Message, rejected.Code).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Unhandled error while serving a GraphQL request.");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, ResponseKind.Json, "Unexpected server error.", ServerErrorCodes.InternalError).ConfigureAwait(false);
            }
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return _options.EnableWebSockets ? _webSockets.HandleAsync(context) : NotFound(context);
        }

        var method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return PostAsync(context);
        }

        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return GetAsync(context);
        }

        return MethodNotAllowed(context, "GET, POST");
    }

    private async Task GetAsync(HttpContext context)
    {
        var request = context.Request;
        var query = request.Query;
        if (_options.EnableSchemaRequests && query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context).ConfigureAwait(false);
            return;
        }

        // The same URL answers HTML, JSON or an event stream depending on Accept.
        context.Response.Headers.Vary = "Accept";
        var accept = request.Headers.Accept;
        var kind = AcceptNegotiation.Negotiate(accept);
        var hasOperation = query.ContainsKey("query") || query.ContainsKey("documentId");
        if (kind == ResponseKind.Html && _options.EnableGraphiQL && !hasOperation)
        {
            await _graphiQL.WriteIndexAsync(context).ConfigureAwait(false);
            return;
        }

        if (kind == ResponseKind.EventStream && _options.EnableServerSentEvents)
        {
            GraphQLHttpRequest sseRequest;
            try
            {
                sseRequest = QueryStringParser.Parse(query);
            }
            catch (InvalidRequestException invalid)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ResponseKind.Json, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
                return;
            }

            // GET must not change anything, whatever the response format.
            await _serverSentEvents.HandleAsync(context, sseRequest, AllowedOperations.Query | AllowedOperations.Subscription).ConfigureAwait(false);
            return;
        }

        if (!_options.EnableGetRequests)
        {
            await MethodNotAllowed(context, "POST").ConfigureAwait(false);
            return;
        }

        kind = JsonKind(kind, accept);
        if (kind == ResponseKind.None)
        {
            await NotAcceptable(context).ConfigureAwait(false);
            return;
        }

        GraphQLHttpRequest parsed;
        try
        {
            parsed = QueryStringParser.Parse(query);
        }
        catch (InvalidRequestException invalid)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        if (parsed.Query is null && parsed.DocumentId is null && !HasPersistedQuery(parsed))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, "The request has no \"query\" parameter.", ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var outcome = await _runner.RunAsync(parsed, context, AllowedOperations.Query, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Kind == OutcomeKind.OperationNotAllowed)
        {
            // GET must not change anything: mutations (and subscriptions) are refused before execution.
            context.Response.Headers.Allow = "POST";
            var message = outcome.Operation == OperationType.Mutation
                ? "Mutations cannot be sent with GET; use POST."
                : "Subscriptions cannot be sent with GET as a plain request; use POST with Accept: text/event-stream, or a WebSocket.";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, kind, message, ServerErrorCodes.OperationNotAllowed).ConfigureAwait(false);
            return;
        }

        await WriteOutcomeAsync(context, kind, outcome).ConfigureAwait(false);
    }

    private async Task PostAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJsonContentType(request.ContentType))
        {
            await WriteErrorAsync(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                ResponseKind.Json,
                "Send the request as application/json (charset utf-8).",
                ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        var kind = AcceptNegotiation.Negotiate(accept);
        if (kind == ResponseKind.EventStream && _options.EnableServerSentEvents)
        {
            await PostEventStreamAsync(context).ConfigureAwait(false);
            return;
        }

        kind = JsonKind(kind, accept);
        if (kind == ResponseKind.None)
        {
            await NotAcceptable(context).ConfigureAwait(false);
            return;
        }

        ReadOnlySequence<byte> body;
        try
        {
            body = await BodyReader.ReadAllAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BodyReader.TooLargeException tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, kind, tooLarge.Message, ServerErrorCodes.DocumentTooLarge).ConfigureAwait(false);
            return;
        }

        List<GraphQLHttpRequest> requests;
        bool isBatch;
        try
        {
            requests = RequestBodyParser.Parse(body, _options.EnableBatching, _options.MaxBatchSize, out isBatch);
        }
        catch (InvalidRequestException invalid)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }
        finally
        {
            request.BodyReader.AdvanceTo(body.End);
        }

        if (isBatch)
        {
            await RunBatchAsync(context, kind, requests).ConfigureAwait(false);
            return;
        }

        var single = requests[0];
        if (single.Query is null && single.DocumentId is null && !HasPersistedQuery(single))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, kind, "The request has no \"query\": expected {\"query\": \"...\"}.", ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        var outcome = await _runner.RunAsync(single, context, AllowedOperations.QueryAndMutation, context.RequestAborted).ConfigureAwait(false);
        if (outcome.Kind == OutcomeKind.OperationNotAllowed)
        {
            await WriteErrorAsync(
                context,
                RequestErrorStatus(kind),
                kind,
                "Subscriptions need a streaming transport: send Accept: text/event-stream, or use a WebSocket (graphql-transport-ws).",
                ServerErrorCodes.OperationNotAllowed).ConfigureAwait(false);
            return;
        }

        await WriteOutcomeAsync(context, kind, outcome).ConfigureAwait(false);
    }

    private async Task PostEventStreamAsync(HttpContext context)
    {
        GraphQLHttpRequest parsed;
        var request = context.Request;
        ReadOnlySequence<byte> body = default;
        try
        {
            body = await BodyReader.ReadAllAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
            parsed = RequestBodyParser.Parse(body, false, 1, out _)[0];
        }
        catch (BodyReader.TooLargeException tooLarge)
        {
            await WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, ResponseKind.Json, tooLarge.Message, ServerErrorCodes.DocumentTooLarge).ConfigureAwait(false);
            return;
        }
        catch (InvalidRequestException invalid)
        {
            request.BodyReader.AdvanceTo(body.End);
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, ResponseKind.Json, invalid.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            return;
        }

        request.BodyReader.AdvanceTo(body.End);
        await _serverSentEvents.HandleAsync(context, parsed, AllowedOperations.All).ConfigureAwait(false);
    }

    private async Task RunBatchAsync(HttpContext context, ResponseKind kind, List<GraphQLHttpRequest> requests)
    {
        var results = new ExecutionResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var outcome = await _runner.RunAsync(requests[i], context, AllowedOperations.QueryAndMutation, context.RequestAborted).ConfigureAwait(false);
            results[i] = outcome.Kind switch
            {
                OutcomeKind.Stream => await DisposeAndRefuse(outcome.Stream!).ConfigureAwait(false),
                OutcomeKind.OperationNotAllowed => TransportErrors.Result("Subscriptions cannot be batched.", ServerErrorCodes.OperationNotAllowed),
                _ => outcome.Result!,
            };
        }

        await ResponseWriter.WriteBatchAsync(context, kind, results).ConfigureAwait(false);
    }

    private static async ValueTask<ExecutionResult> DisposeAndRefuse(ResponseStream stream)
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        return TransportErrors.Result("Subscriptions cannot be batched.", ServerErrorCodes.OperationNotAllowed);
    }

    private static async Task WriteOutcomeAsync(HttpContext context, ResponseKind kind, RequestOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.RequestError:
                await ResponseWriter.WriteAsync(context, RequestErrorStatus(kind), kind, outcome.Result!).ConfigureAwait(false);
                break;
            case OutcomeKind.Result:
                var result = outcome.Result!;
                var status = kind == ResponseKind.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
                await ResponseWriter.WriteAsync(context, status, kind, result).ConfigureAwait(false);
                break;
            case OutcomeKind.Stream:
                await outcome.Stream!.DisposeAsync().ConfigureAwait(false);
                await WriteErrorAsync(context, RequestErrorStatus(kind), kind, "Subscriptions need a streaming transport.", ServerErrorCodes.OperationNotAllowed).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Request errors (nothing executed, no <c>data</c>): 400 with the GraphQL response media type,
    /// 200 with plain JSON, where legacy clients expect to read the errors from a 200.
    /// </summary>
    private static int RequestErrorStatus(ResponseKind kind) =>
        kind == ResponseKind.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>
    /// An Accept header that prefers event streams or HTML (while those are off or not applicable)
    /// may still accept a JSON type further down its list.
    /// </summary>
    private static ResponseKind JsonKind(ResponseKind kind, Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (kind is ResponseKind.GraphQLResponseJson or ResponseKind.Json or ResponseKind.None)
        {
            return kind;
        }

        if (AcceptNegotiation.ListsExplicitly(accept, ResponseKind.GraphQLResponseJson))
        {
            return ResponseKind.GraphQLResponseJson;
        }

        foreach (var header in accept)
        {
            if (header is not null && (header.Contains("json", StringComparison.OrdinalIgnoreCase) || header.Contains("*/*", StringComparison.Ordinal) || header.Contains("application/*", StringComparison.OrdinalIgnoreCase)))
            {
                return ResponseKind.Json;
            }
        }

        return ResponseKind.None;
    }

    private static bool HasPersistedQuery(GraphQLHttpRequest request) =>
        request.Extensions is not null && request.Extensions.ContainsKey("persistedQuery");

    internal static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        var mediaType = (semicolon < 0 ? span : span[..semicolon]).Trim();
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (semicolon < 0)
        {
            return true;
        }

        foreach (var parameter in contentType[(semicolon + 1)..].Split(';'))
        {
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var charset = parameter[(equals + 1)..].Trim().Trim('"');
                if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private async Task WriteSdlAsync(HttpContext context)
    {
        _sdl ??= SchemaPrinter.Print(_runner.Executor.Schema);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(_sdl, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, ResponseKind kind, string message, string code) =>
        ResponseWriter.WriteAsync(context, status, kind == ResponseKind.None ? ResponseKind.Json : kind, TransportErrors.Result(message, code));

    private static Task MethodNotAllowed(HttpContext context, string allow)
    {
        context.Response.Headers.Allow = allow;
        return WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, ResponseKind.Json, $"Use {allow} on this endpoint.", ServerErrorCodes.InvalidRequest);
    }

    private static Task NotAcceptable(HttpContext context) =>
        WriteErrorAsync(
            context,
            StatusCodes.Status406NotAcceptable,
            ResponseKind.Json,
            "None of the accepted media types can be produced: accept application/graphql-response+json or application/json.",
            ServerErrorCodes.InvalidRequest);

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
