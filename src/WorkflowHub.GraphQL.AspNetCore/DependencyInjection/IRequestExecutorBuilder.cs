using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Configures the GraphQL server registered by <c>AddGraphQLServer()</c>; extension methods add to it.</summary>
public interface IRequestExecutorBuilder
{
    IServiceCollection Services { get; }
}

internal sealed class RequestExecutorBuilder(IServiceCollection services) : IRequestExecutorBuilder
{
    public IServiceCollection Services { get; } = services;
}
