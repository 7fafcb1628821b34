using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.GraphQL.AspNetCore.Limits;
using WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;
using WorkflowHub.GraphQL.AspNetCore.WebSockets;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Schema, executor, limits and persisted documents of the server, in HotChocolate's naming.</summary>
public static class RequestExecutorBuilderExtensions
{
    /// <summary>Adds SDL type definitions (schema-first).</summary>
    public static IRequestExecutorBuilder AddDocumentFromString(this IRequestExecutorBuilder builder, string sdl) =>
        builder.ConfigureSchema(schema => schema.AddDocumentFromString(sdl));

    /// <summary>Binds a resolver to <c>typeName.fieldName</c> of the SDL schema.</summary>
    public static IRequestExecutorBuilder AddResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, SyncFieldResolver resolver) =>
        builder.ConfigureSchema(schema => schema.AddResolver(typeName, fieldName, resolver));

    /// <summary>Binds an asynchronous resolver to <c>typeName.fieldName</c> of the SDL schema.</summary>
    public static IRequestExecutorBuilder AddResolver(this IRequestExecutorBuilder builder, string typeName, string fieldName, Func<IResolverContext, Task<object?>> resolver) =>
        builder.ConfigureSchema(schema => schema.AddResolver(typeName, fieldName, resolver));

    /// <summary>Binds the event stream of a subscription field.</summary>
    public static IRequestExecutorBuilder AddSubscriber(this IRequestExecutorBuilder builder, string typeName, string fieldName, SubscribeResolver subscriber) =>
        builder.ConfigureSchema(schema => schema.AddSubscriber(typeName, fieldName, subscriber));

    /// <summary>Works on the <see cref="SchemaBuilder"/> directly.</summary>
    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Setup(builder).SchemaBuilderActions.Add((_, schema) => configure(schema));
        return builder;
    }

    /// <summary>Works on the <see cref="SchemaBuilder"/> with the application's services at hand.</summary>
    public static IRequestExecutorBuilder ConfigureSchema(this IRequestExecutorBuilder builder, Action<IServiceProvider, SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Setup(builder).SchemaBuilderActions.Add(configure);
        return builder;
    }

    /// <summary>Uses a schema built elsewhere (e.g. code-first) instead of SDL.</summary>
    public static IRequestExecutorBuilder AddSchema(this IRequestExecutorBuilder builder, Schema schema) =>
        builder.AddSchema(_ => schema);

    public static IRequestExecutorBuilder AddSchema(this IRequestExecutorBuilder builder, Func<IServiceProvider, Schema> factory)
    {
        Setup(builder).SchemaFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        return builder;
    }

    /// <summary>Replaces the executor altogether (the transports then use it as it is: limits registered here are not added to it).</summary>
    public static IRequestExecutorBuilder UseRequestExecutor(this IRequestExecutorBuilder builder, Func<IServiceProvider, IRequestExecutor> factory)
    {
        Setup(builder).ExecutorFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        return builder;
    }

    /// <summary>Executor settings: introspection switch, error cap, document cache, timeout.</summary>
    public static IRequestExecutorBuilder ModifyRequestOptions(this IRequestExecutorBuilder builder, Action<ExecutorOptions> configure)
    {
        Setup(builder).ExecutorOptionsActions.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return builder;
    }

    /// <summary>Transport settings: GET, batching, SDL, GraphiQL, WebSocket, SSE, body size.</summary>
    public static IRequestExecutorBuilder ModifyServerOptions(this IRequestExecutorBuilder builder, Action<GraphQLServerOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Document size, depth and cost limits.</summary>
    public static IRequestExecutorBuilder ModifyRequestLimits(this IRequestExecutorBuilder builder, Action<RequestLimitOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Refuses operations nested deeper than <paramref name="maxAllowedExecutionDepth"/> (<c>MAX_DEPTH_EXCEEDED</c>).</summary>
    public static IRequestExecutorBuilder AddMaxExecutionDepthRule(this IRequestExecutorBuilder builder, int maxAllowedExecutionDepth, bool skipIntrospectionFields = true) =>
        builder.ModifyRequestLimits(limits =>
        {
            limits.MaxDepth = maxAllowedExecutionDepth;
            limits.SkipIntrospectionForDepth = skipIntrospectionFields;
        });

    /// <summary>
    /// Static cost analysis with <c>@cost</c>/<c>@listSize</c> (declared in the SDL schema for you):
    /// operations above <paramref name="maxCost"/> are refused with <c>MAX_COST_EXCEEDED</c>.
    /// </summary>
    public static IRequestExecutorBuilder AddCostAnalysis(this IRequestExecutorBuilder builder, double maxCost, Action<CostOptions>? configure = null)
    {
        Setup(builder).DeclareCostDirectives = true;
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return builder.ModifyRequestLimits(limits => limits.MaxCost = maxCost);
    }

    /// <summary>Adds a static check run after validation.</summary>
    public static IRequestExecutorBuilder AddDocumentRule(this IRequestExecutorBuilder builder, IDocumentRule rule) =>
        builder.AddDocumentRule(_ => rule);

    public static IRequestExecutorBuilder AddDocumentRule(this IRequestExecutorBuilder builder, Func<IServiceProvider, IDocumentRule> factory)
    {
        Setup(builder).DocumentRules.Add(factory ?? throw new ArgumentNullException(nameof(factory)));
        return builder;
    }

    /// <summary>Persisted documents held in memory; fill the store from the service provider or at start-up.</summary>
    public static IRequestExecutorBuilder AddInMemoryPersistedDocuments(this IRequestExecutorBuilder builder, params string[] documents)
    {
        var store = new InMemoryPersistedDocumentStore();
        foreach (var document in documents)
        {
            store.Add(document);
        }

        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<IPersistedDocumentStore>(store);
        return builder;
    }

    /// <summary>Persisted documents read from <c>&lt;sha256 hex&gt;.graphql</c> files in <paramref name="folder"/>.</summary>
    public static IRequestExecutorBuilder AddFileSystemPersistedDocuments(this IRequestExecutorBuilder builder, string folder)
    {
        builder.Services.AddSingleton<IPersistedDocumentStore>(new FileSystemPersistedDocumentStore(folder));
        return builder;
    }

    /// <summary>Switches for persisted documents: only persisted ones, automatic persisted queries.</summary>
    public static IRequestExecutorBuilder ModifyPersistedDocumentOptions(this IRequestExecutorBuilder builder, Action<PersistedDocumentOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Decides <c>@authorize</c>/<c>[Authorize]</c> with ASP.NET Core authorization (roles and named policies),
    /// and declares <c>@authorize</c> so SDL may apply it. Without this, roles are still checked and policies refused.
    /// </summary>
    public static IRequestExecutorBuilder AddAuthorization(this IRequestExecutorBuilder builder)
    {
        builder.Services.AddAuthorizationCore();
        builder.Services.TryAddScoped<GraphQL.Authorization.IAuthorizationHandler, Authorization.PolicyAuthorizationHandler>();
        Setup(builder).DeclareAuthorizeDirective = true;
        return builder;
    }

    /// <summary>Adds a hook that runs before each operation (context data, authorisation).</summary>
    public static IRequestExecutorBuilder AddHttpRequestInterceptor<T>(this IRequestExecutorBuilder builder)
        where T : class, IHttpRequestInterceptor
    {
        builder.Services.AddSingleton<IHttpRequestInterceptor, T>();
        return builder;
    }

    public static IRequestExecutorBuilder AddHttpRequestInterceptor(this IRequestExecutorBuilder builder, IHttpRequestInterceptor interceptor)
    {
        builder.Services.AddSingleton(interceptor);
        return builder;
    }

    /// <summary>Adds a hook that accepts or refuses WebSocket connections on <c>connection_init</c>.</summary>
    public static IRequestExecutorBuilder AddSocketSessionInterceptor(this IRequestExecutorBuilder builder, ISocketSessionInterceptor interceptor)
    {
        builder.Services.AddSingleton(interceptor);
        return builder;
    }

    private static GraphQLServerSetup Setup(IRequestExecutorBuilder builder) =>
        (GraphQLServerSetup)builder.Services.First(d => d.ServiceType == typeof(GraphQLServerSetup)).ImplementationInstance!;
}
