using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Designer;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Engine.GraphQL.Queries;
using WorkflowHub.Engine.GraphQL.Subscriptions;
using WorkflowHub.GraphQL.Data;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.Engine.GraphQL;

/// <summary>The engine's part of the GraphQL schema: definitions, instances, tasks, their mutations and live updates.</summary>
public static class EngineSchema
{
    public static SchemaBuilder AddWorkflowEngineTypes(this SchemaBuilder builder) => builder
        .AddTypeExtension<WorkflowQueries>()
        .AddTypeExtension<InstanceRelations>()
        .AddTypeExtension<WorkflowMutations>()
        .AddTypeExtension<MigrationMutations>()
        .AddTypeExtension<WorkflowSubscriptions>()
        .AddTypeExtension<DesignerQueries>()
        .AddDataConventions();

    public static IServiceCollection AddWorkflowEngineGraphQL(this IServiceCollection services) => services.AddWorkflowEngineGraphQLData();
}
