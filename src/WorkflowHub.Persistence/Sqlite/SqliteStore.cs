using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "workflowhub.db");
    /// <summary>FULL flushes the WAL on every commit (survives power loss); NORMAL survives a process crash only.</summary>
    public string Synchronous { get; set; } = "FULL";
    public int BusyTimeoutMs { get; set; } = 30_000;

    public string ConnectionString => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
}

public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>The embedded default: EF Core on one SQLite file in WAL mode, its writers queued at one gate.</summary>
    public static IServiceCollection AddWorkflowSqliteStore(this IServiceCollection services, SqliteStoreOptions options)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (folder is not null) Directory.CreateDirectory(folder);
        services.AddSingleton(options);
        var pragmas = new SqlitePragmas(options.Synchronous, options.BusyTimeoutMs);
        services.AddPooledDbContextFactory<WorkflowHubDbContext>((sp, o) => o
            .UseSqlite(options.ConnectionString)
            .AddInterceptors(pragmas)
            .WithModelContributions(sp.GetServices<IModelContribution>()));
        services.AddSingleton<SqliteWriteGate>();
        return services.AddWorkflowStoreServices();
    }
}
