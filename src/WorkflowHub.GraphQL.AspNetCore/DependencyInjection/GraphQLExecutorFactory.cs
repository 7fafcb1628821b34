using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowHub.GraphQL.AspNetCore.Limits;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Builds the schema and the executor from the collected setup, once per application.</summary>
internal static class GraphQLExecutorFactory
{
    public static IRequestExecutor Create(IServiceProvider services)
    {
        var setup = services.GetRequiredService<GraphQLServerSetup>();
        if (setup.ExecutorFactory is { } executorFactory)
        {
            return executorFactory(services);
        }

        var schema = CreateSchema(services, setup);
        var options = new ExecutorOptions();
        foreach (var configure in setup.ExecutorOptionsActions)
        {
            configure(options);
        }

        var limits = services.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        if (limits.MaxDepth is { } maxDepth)
        {
            options.DocumentRules.Add(new MaxDepthRule(maxDepth, limits.SkipIntrospectionForDepth));
        }

        if (limits.MaxCost is { } maxCost)
        {
            options.DocumentRules.Add(new CostRule(maxCost, services.GetRequiredService<IOptions<CostOptions>>().Value));
        }

        foreach (var rule in setup.DocumentRules)
        {
            options.DocumentRules.Add(rule(services));
        }

        return new RequestExecutor(schema, options);
    }

    private static Schema CreateSchema(IServiceProvider services, GraphQLServerSetup setup)
    {
        if (setup.SchemaFactory is { } schemaFactory)
        {
            return schemaFactory(services);
        }

        if (setup.SchemaBuilderActions.Count == 0)
        {
            throw new InvalidOperationException(
                "The GraphQL server has no schema: call AddDocumentFromString(...), ConfigureSchema(...) or AddSchema(...) after AddGraphQLServer().");
        }

        var builder = SchemaBuilder.New();
        if (setup.DeclareCostDirectives)
        {
            builder.AddCostDirectives();
        }

        foreach (var configure in setup.SchemaBuilderActions)
        {
            configure(services, builder);
        }

        return builder.Create();
    }
}
