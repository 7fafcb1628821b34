using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database holds the engine's rows (configuration section <c>WorkflowHub:Database</c>).</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Postgres: the Npgsql connection string. Sqlite: optional, its <c>Data Source</c> replaces <c>WorkflowHub:Sqlite:Path</c>.</summary>
    public string? ConnectionString { get; set; }
}

public static class StoreServiceCollectionExtensions
{
    /// <summary>The store the options name: SQLite (the default, settings from <paramref name="sqlite"/>) or PostgreSQL.</summary>
    public static IServiceCollection AddWorkflowStore(this IServiceCollection services, DatabaseOptions database, SqliteStoreOptions? sqlite = null)
    {
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Postgres)
            return services.AddWorkflowPostgresStore(new PostgresStoreOptions { ConnectionString = database.ConnectionString ?? "" });
        sqlite ??= new SqliteStoreOptions();
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
            sqlite.Path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return services.AddWorkflowSqliteStore(sqlite);
    }

    /// <summary>What every provider registers on top of its DbContext factory.</summary>
    internal static IServiceCollection AddWorkflowStoreServices(this IServiceCollection services)
    {
        services.AddSingleton<IWorkflowStore, EfWorkflowStore>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<ITimerReader, EfTimerReader>();
        services.AddSingleton<ICalendarStore, EfCalendarStore>();
        return services;
    }
}
