using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>
/// Runs before each operation executes (over HTTP, SSE and WebSocket): fill
/// <c>contextData</c> for resolvers, or throw <see cref="GraphQLRequestRejectedException"/>
/// to refuse the request (401/403 over HTTP).
/// </summary>
public interface IHttpRequestInterceptor
{
    ValueTask OnCreateAsync(HttpContext context, GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken);
}

/// <summary>Refuses a request with an HTTP status code and a GraphQL error carrying <see cref="Code"/>.</summary>
public sealed class GraphQLRequestRejectedException(int statusCode, string message, string code = "AUTH_NOT_AUTHORIZED") : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}
