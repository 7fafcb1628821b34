using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.GraphQL.Data;

namespace WorkflowHub.Engine.GraphQL.DataAccess;

public static class EngineGraphQLServiceCollectionExtensions
{
    /// <summary>Per-request DbContexts and DataLoaders of the engine's GraphQL schema.</summary>
    public static IServiceCollection AddWorkflowEngineGraphQLData(this IServiceCollection services)
    {
        services.AddScoped<RequestDbContexts>();
        services.TryAddScoped<IEngineRowScope, UnscopedEngineRows>();
        services.AddSingleton<PublishedDefinitionCache>();
        services.AddDataLoader<OpenTasksByInstance>();
        services.AddDataLoader<PendingTimersByInstance>();
        services.AddDataLoader<OpenIncidentsByInstance>();
        services.AddDataLoader<DefinitionByVersion>();
        return services;
    }
}
