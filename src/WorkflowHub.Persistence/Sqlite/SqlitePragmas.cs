using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowHub.Persistence;

/// <summary>Per-connection SQLite settings: how hard a commit is flushed and how long to wait for the write lock.</summary>
internal sealed class SqlitePragmas(string synchronous, int busyTimeoutMs) : DbConnectionInterceptor
{
    private readonly string _sql = Sql(synchronous, busyTimeoutMs);

    public static string Sql(string synchronous, int busyTimeoutMs) =>
        $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA foreign_keys=ON;";

    // Pragmas belong to the native connection, which the pool keeps open across DbContexts:
    // set them once per native handle, not on every open.
    private readonly ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _)) return;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = _sql;
            command.ExecuteNonQuery();
        }
        if (connection is SqliteConnection { Handle: { } opened }) _configured.AddOrUpdate(opened, this);
    }
}
