using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkflowHub.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket requests that offer the <c>graphql-transport-ws</c> subprotocol and runs a session on each.</summary>
internal sealed class GraphQLWebSocketHandler(
    GraphQLRequestRunner runner,
    IOptions<GraphQLServerOptions> options,
    IEnumerable<ISocketSessionInterceptor> interceptors,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public const string Subprotocol = "graphql-transport-ws";

    private readonly ISocketSessionInterceptor[] _interceptors = interceptors.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols;
        if (!offered.Contains(Subprotocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await GraphQLWebSocketSession.CloseQuietlyAsync(refused, CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(Subprotocol).ConfigureAwait(false);
        var session = new GraphQLWebSocketSession(socket, context, runner, options.Value, _interceptors, logger);
        await session.RunAsync().ConfigureAwait(false);
    }
}
