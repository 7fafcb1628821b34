using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Security.GraphQL.Protection;

/// <summary>
/// CSRF protection for the session cookie, which a browser attaches to requests other sites make. A mutation signed in
/// by the cookie runs only from a POST with a JSON body and a header no plain form or link can set
/// (<see cref="HeaderName"/>, or <c>GraphQL-Preflight</c>), so the browser must ask before sending it cross-site, and we never
/// answer that question. Bearer tokens and API keys are not sent by browsers on their own and are not affected.
/// </summary>
public sealed class CookieMutationGuard : IHttpRequestInterceptor
{
    public const string HeaderName = "X-WorkflowHub-Csrf";
    public const string PreflightHeader = "GraphQL-Preflight";
    public const string Code = "CSRF_CHECK_FAILED";

    public ValueTask OnCreateAsync(HttpContext context, GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken)
    {
        if (RootFields.Operation(contextData)?.Operation != OperationType.Mutation) return ValueTask.CompletedTask;
        if (!context.User.HasClaim(ActorClaims.Via, ActorClaims.ViaCookie)) return ValueTask.CompletedTask;

        if (!HttpMethods.IsPost(context.Request.Method) || context.WebSockets.IsWebSocketRequest)
            throw Refused("A mutation signed in by the session cookie must be sent as a POST request.");
        if (!IsJson(context.Request.ContentType))
            throw Refused("A mutation signed in by the session cookie must be sent with Content-Type: application/json.");
        if (string.IsNullOrEmpty(context.Request.Headers[HeaderName]) && string.IsNullOrEmpty(context.Request.Headers[PreflightHeader]))
            throw Refused($"A mutation signed in by the session cookie needs the header {HeaderName}: 1 (or {PreflightHeader}: 1); " +
                          "programs should send Authorization: Bearer instead of the cookie.");
        return ValueTask.CompletedTask;
    }

    private static bool IsJson(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || mediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase)
               || mediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
    }

    private static GraphQLRequestRejectedException Refused(string message) => new(StatusCodes.Status403Forbidden, message, Code);
}
