using WorkflowHub.Engine;
using WorkflowHub.Governance;
using WorkflowHub.Open311;
using WorkflowHub.Persistence;
using WorkflowHub.Scheduling;
using WorkflowHub.Security;
using WorkflowHub.Security.Http;
using WorkflowHub.Security.RateLimiting;
using WorkflowHub.Server.Endpoints;
using WorkflowHub.Studio;

namespace WorkflowHub.Server.Hosting;

public static class WorkflowHubHostExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Wires the engine, its store (SQLite by default, or PostgreSQL), start-up work and the Quartz timers from configuration.</summary>
    public static WebApplicationBuilder AddWorkflowHub(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

        var sqlite = builder.Configuration.GetSection("WorkflowHub:Sqlite").Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();
        builder.Services.AddWorkflowEngine(sandbox: builder.Configuration.GetSection("WorkflowHub:Scripts").Get<WorkflowHub.Engine.Expressions.ScriptSandboxOptions>());
        var database = builder.Configuration.GetSection("WorkflowHub:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddWorkflowStore(database, sqlite);
        // The domain module: its tables join the engine's model and schema, its activities the catalogue.
        builder.Services.AddGovernance();
        builder.Services.AddSingleton(new StartupOptions(builder.Configuration["WorkflowHub:WorkflowsFolder"]));
        // Order matters: the schema and built-in definitions are in place before timers fire or traffic arrives.
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddHostedService<DemoOnEmptyDatabase>();
        // Accounts, tokens, API keys: after the migrator above, which creates their tables.
        builder.Services.AddWorkflowHubSecurity(builder.Configuration);
        // Quartz fires every timer and cron start; its tables are created by the schema migrator above.
        builder.Services.AddWorkflowQuartzTimers(builder.Configuration);
        builder.AddWorkflowHubGraphQL();
        var shutdown = ShutdownOptions.From(builder.Configuration);
        builder.Services.AddSingleton(shutdown);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown.Delay + shutdown.Timeout);
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddHostedService<ReadinessLifecycle>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication MapWorkflowHub(this WebApplication app)
    {
        app.UseWorkflowHubSecurityHeaders();
        app.UseMiddleware<DatabaseUnavailable>();
        app.UseAuthentication();
        app.UseWorkflowHubRateLimits();
        app.UseAuthorization();
        app.MapHealth();
        app.MapEngineEndpoints();
        app.MapWorkflowHubGraphQL();
        app.MapStudio();
        app.MapOpen311();
        return app;
    }
}
