using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Registers the engine with its built-in activities. A store (IWorkflowStore) comes from a persistence module.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null, ScriptSandboxOptions? sandbox = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sandbox ?? new ScriptSandboxOptions());
        var options = new WorkflowRuntimeOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        foreach (var activity in BuiltInActivities.All()) services.AddSingleton(activity);
        services.TryAddSingleton<IActivityRegistry, ActivityRegistry>();
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        services.TryAddSingleton<DefinitionLoader>();
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddSingleton<DefinitionService>();
        services.TryAddSingleton<IInstanceChangeFeed, InProcessInstanceChangeFeed>();
        services.TryAddSingleton(sp =>
        {
            var runtime = ActivatorUtilities.CreateInstance<WorkflowRuntime>(sp);
            var feed = sp.GetRequiredService<IInstanceChangeFeed>();
            runtime.InstanceChanged += feed.Publish;
            return runtime;
        });
        services.TryAddSingleton<InProcessTimerScheduler>();
        services.TryAddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<InProcessTimerScheduler>());
        return services;
    }

    /// <summary>The extension point for domain modules: adds an activity type to the catalogue.</summary>
    public static IServiceCollection AddActivity<T>(this IServiceCollection services) where T : class, IActivity =>
        services.AddSingleton<IActivity, T>();
}
