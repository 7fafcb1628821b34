using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// DataLoaders per request: <c>services.AddDataLoader&lt;TicketById&gt;()</c> registers the loader and the
/// request's <see cref="BatchScheduler"/> (which the executor finds as its <see cref="IBatchDispatcher"/>)
/// as scoped services. A resolver gets a loader as a parameter once the schema builder has
/// <c>AddDataConventions()</c>, or asks <c>context.DataLoader&lt;TicketById&gt;()</c>.
/// </summary>
public static class DataLoaderRegistration
{
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services)
        where TLoader : class
    {
        services.TryAddScoped<BatchScheduler>();
        services.TryAddScoped<IBatchDispatcher>(provider => provider.GetRequiredService<BatchScheduler>());
        services.TryAddScoped<TLoader>();
        return services;
    }

    /// <summary>Resolver parameters whose type is a DataLoader receive the request's instance.</summary>
    public static SchemaBuilder AddDataConventions(this SchemaBuilder builder) => builder.AddParameterBinder(new DataLoaderParameterBinder());

    /// <summary>
    /// The request's loader: from the request services when registered, else created once per request
    /// with the executor's batch dispatcher (or a scheduler of the request) and kept in the request state.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class
    {
        if (context.Services.GetService(typeof(TLoader)) is TLoader registered)
        {
            return registered;
        }

        var key = "WorkflowHub.GraphQL.Data.Loader:" + typeof(TLoader).FullName;
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(key, out var existing) && existing is TLoader loader)
            {
                return loader;
            }

            var scheduler = Scheduler(context);
            loader = ActivatorUtilities.CreateInstance<TLoader>(context.Services, scheduler);
            context.ContextData[key] = loader;
            return loader;
        }
    }

    private static BatchScheduler Scheduler(IResolverContext context)
    {
        if (context.ContextData.TryGetValue(IBatchDispatcher.ContextDataKey, out var dispatcher) && dispatcher is BatchScheduler fromExecutor)
        {
            return fromExecutor;
        }

        if (context.Services.GetService(typeof(BatchScheduler)) is BatchScheduler fromServices)
        {
            return fromServices;
        }

        throw new InvalidOperationException(
            "No batch scheduler for this request: register loaders with services.AddDataLoader<T>(), or set ExecutorOptions.BatchDispatcherFactory to create a BatchScheduler.");
    }

    internal static bool IsDataLoader(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(DataLoader<,>))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class DataLoaderParameterBinder : IParameterBinder
    {
        private static readonly MethodInfo Get = typeof(DataLoaderRegistration).GetMethod(nameof(DataLoader))!;

        public bool CanBind(ParameterInfo parameter) => !parameter.ParameterType.IsValueType && IsDataLoader(parameter.ParameterType);

        public Expression Bind(ParameterInfo parameter, Expression context) =>
            Expression.Call(Get.MakeGenericMethod(parameter.ParameterType), context);
    }
}
