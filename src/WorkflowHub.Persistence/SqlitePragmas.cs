using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowHub.Persistence;

/// <summary>Per-connection SQLite settings: how hard a commit is flushed and how long to wait for the write lock.</summary>
internal sealed class SqlitePragmas(string synchronous, int busyTimeoutMs) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }
}
