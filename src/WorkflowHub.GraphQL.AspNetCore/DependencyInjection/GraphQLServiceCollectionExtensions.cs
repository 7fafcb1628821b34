using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.GraphQL.AspNetCore.GraphiQL;
using WorkflowHub.GraphQL.AspNetCore.Http;
using WorkflowHub.GraphQL.AspNetCore.ServerSentEvents;
using WorkflowHub.GraphQL.AspNetCore.WebSockets;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server: describe the schema on the returned builder, then call
    /// <c>app.MapGraphQL()</c>.
    /// <code>
    /// builder.Services.AddGraphQLServer()
    ///     .AddDocumentFromString("type Query { hello: String }")
    ///     .AddResolver("Query", "hello", _ => "world");
    /// </code>
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(GraphQLServerSetup))?.ImplementationInstance;
        if (existing is null)
        {
            services.AddSingleton(new GraphQLServerSetup());
            services.AddOptions();
            services.TryAddSingleton<IRequestExecutor>(GraphQLExecutorFactory.Create);
            services.TryAddSingleton<GraphQLRequestRunner>(CreateRunner);
            services.TryAddSingleton<GraphQLWebSocketHandler>();
            services.TryAddSingleton<ServerSentEventsHandler>();
            services.TryAddSingleton<GraphiQLPage>();
            services.TryAddSingleton<GraphQLHttpHandler>();
        }

        return new RequestExecutorBuilder(services);
    }

    private static GraphQLRequestRunner CreateRunner(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<GraphQLRequestRunner>(services);
}
