using WorkflowHub.Engine.GraphQL;
using WorkflowHub.Governance.GraphQL;
using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.Scheduling.GraphQL;
using WorkflowHub.Security.GraphQL;

namespace WorkflowHub.Server.Hosting;

/// <summary>The GraphQL door: the engine's, scheduling and governance schemas, limits from configuration, /graphql with GraphiQL, WebSocket and SSE.</summary>
public sealed class GraphQLHostOptions
{
    public bool EnableIntrospection { get; set; } = true;
    public int MaxDepth { get; set; } = 15;
    public double MaxCost { get; set; } = 20_000;
    public bool EnableGraphiQL { get; set; } = true;
    public bool EnableBatching { get; set; }
}

internal static class GraphQLHosting
{
    public static void AddWorkflowHubGraphQL(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("WorkflowHub:GraphQL").Get<GraphQLHostOptions>() ?? new GraphQLHostOptions();
        builder.Services.AddWorkflowEngineGraphQL();
        builder.Services.AddSchedulingGraphQL();
        builder.Services.AddGovernanceGraphQL();
        builder.Services.AddSecurityGraphQL();
        builder.Services.AddGraphQLServer()
            .ConfigureSchema(schema => schema.AddWorkflowEngineTypes().AddSchedulingTypes().AddGovernanceTypes().AddSecurityTypes())
            .AddAuthorization()
            .ModifyRequestOptions(o => o.EnableIntrospection = options.EnableIntrospection)
            .ModifyServerOptions(o =>
            {
                o.EnableGraphiQL = options.EnableGraphiQL;
                o.EnableBatching = options.EnableBatching;
            })
            .AddMaxExecutionDepthRule(options.MaxDepth)
            .AddCostAnalysis(options.MaxCost);
    }

    public static void MapWorkflowHubGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
    }
}
