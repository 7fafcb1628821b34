using Microsoft.AspNetCore.Http;
using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.Security.RateLimiting;

namespace WorkflowHub.Security.GraphQL.Protection;

/// <summary>Counts each <c>login</c> and <c>residentLogin</c> field of a mutation against <see cref="SignInLimiter"/>, before it runs.</summary>
public sealed class SignInThrottle(SignInLimiter limiter) : IHttpRequestInterceptor
{
    private static readonly HashSet<string> SignInFields = new(StringComparer.Ordinal) { "login", "residentLogin" };

    public ValueTask OnCreateAsync(HttpContext context, GraphQLRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken)
    {
        if (RootFields.Operation(contextData)?.Operation != OperationType.Mutation) return ValueTask.CompletedTask;
        var attempts = RootFields.Of(contextData).Count(SignInFields.Contains);
        if (limiter.TryAcquire(context, attempts) is not { } wait) return ValueTask.CompletedTask;

        var seconds = RateLimitedResponse.Seconds(wait);
        RateLimitedResponse.SetRetryAfter(context.Response, seconds);
        throw new GraphQLRequestRejectedException(StatusCodes.Status429TooManyRequests, RateLimitedResponse.Message(seconds, "sign-in attempts"), RateLimitedResponse.Code);
    }
}
