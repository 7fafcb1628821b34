using Microsoft.AspNetCore.Http;

namespace WorkflowHub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a WebSocket connection may proceed once its <c>connection_init</c> arrives. The
/// accepted payload stays in <c>HttpContext.Items[ConnectionInitPayloadKey]</c> for the connection's
/// operations (request interceptors and resolvers see the same <see cref="HttpContext"/>).
/// </summary>
public interface ISocketSessionInterceptor
{
    public const string ConnectionInitPayloadKey = "graphql-transport-ws.connection_init.payload";

    /// <summary>
    /// Return false to refuse the connection (closed with 4403 Forbidden); the payload of
    /// <c>connection_init</c> (e.g. a token) is given as plain JSON values.
    /// </summary>
    ValueTask<bool> OnConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);
}
