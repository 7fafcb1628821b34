using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkflowHub.Persistence;

public sealed class PostgresStoreOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=workflowhub;Username=workflowhub;Password=…</c>.</summary>
    public string ConnectionString { get; set; } = "";
}

public static class PostgresStoreServiceCollectionExtensions
{
    /// <summary>
    /// The scale-out store: several servers commit to one PostgreSQL database. There is no write gate: each unit of
    /// work commits in its own transaction, and the instance's revision column detects a concurrent writer.
    /// </summary>
    public static IServiceCollection AddWorkflowPostgresStore(this IServiceCollection services, PostgresStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new ArgumentException("WorkflowHub:Database:ConnectionString is required when WorkflowHub:Database:Provider is Postgres.");
        services.AddSingleton(options);
        services.AddPooledDbContextFactory<WorkflowHubDbContext>((sp, o) => o
            .UseNpgsql(options.ConnectionString)
            .WithModelContributions(sp.GetServices<IModelContribution>()));
        // Subscriptions hear every node's changes: the database's notification channel is the bus.
        services.AddSingleton<Postgres.PostgresInstanceChangeFeed>();
        services.Replace(ServiceDescriptor.Singleton<WorkflowHub.Engine.Ports.IInstanceChangeFeed>(sp => sp.GetRequiredService<Postgres.PostgresInstanceChangeFeed>()));
        return services.AddWorkflowStoreServices();
    }
}
