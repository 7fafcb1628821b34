using System.Security.Claims;
using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>What a transport hands the executor besides the request: services, cancellation, user, shared state and root value.</summary>
public sealed class RequestContext
{
    /// <summary>Request services, visible to resolvers as <see cref="IResolverContext.Services"/>.</summary>
    public IServiceProvider Services { get; init; } = EmptyServiceProvider.Instance;

    /// <summary>Cancelled when the client goes away; execution stops and resolvers see it.</summary>
    public CancellationToken RequestAborted { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>State shared by every resolver of the request (<see cref="IResolverContext.ContextData"/>).</summary>
    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }
}
