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

        return new RequestExecutor(BuildSchema(services), BuildOptions(services));
    }

    /// <summary>The executor options with the configured limits as document rules.</summary>
    internal static ExecutorOptions BuildOptions(IServiceProvider services)
    {
        var setup = services.GetRequiredService<GraphQLServerSetup>();
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

        return options;
    }

    internal static Schema BuildSchema(IServiceProvider services)
    {
        var setup = services.GetRequiredService<GraphQLServerSetup>();
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

        if (setup.DeclareAuthorizeDirective)
        {
            GraphQL.Authorization.AuthorizeSchemaBuilderExtensions.AddAuthorizeDirectiveType(builder);
        }

        foreach (var configure in setup.SchemaBuilderActions)
        {
            configure(services, builder);
        }

        return builder.Create();
    }
}
