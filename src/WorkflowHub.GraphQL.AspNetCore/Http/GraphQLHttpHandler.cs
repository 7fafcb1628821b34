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
internal sealed partial class GraphQLHttpHandler
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
        catch (BadHttpRequestException badRequest)
        {
            // A malformed or cut-off request (a client closing in the middle of its body): the client's fault, not ours.
            _logger.LogDebug(badRequest, "Bad HTTP request to the GraphQL endpoint.");
            if (!context.Response.HasStarted)
            {
                await WriteErrorAsync(context, badRequest.StatusCode, ResponseKind.Json, badRequest.Message, ServerErrorCodes.InvalidRequest).ConfigureAwait(false);
            }
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
