using System.Data.Common;

namespace WorkflowHub.Persistence;

/// <summary>
/// Admits one schema migrator at a time across processes. PostgreSQL: a session advisory lock held until disposed.
/// SQLite: nothing here; each step's BEGIN IMMEDIATE takes the file's write lock first, and WAL mode is set once.
/// </summary>
internal sealed class SchemaLock : IAsyncDisposable
{
    private const long PostgresKey = 0x5748_5343_4845_4D41; // "WHSCHEMA"

    private readonly DbConnection? _held;

    private SchemaLock(DbConnection? held) => _held = held;

    public static async Task<SchemaLock> TakeAsync(DbConnection connection, SqlDialect dialect, CancellationToken ct)
    {
        if (dialect.IsSqlite)
        {
            await SchemaMigrator.Execute(connection, "PRAGMA journal_mode=WAL;", null, ct);
            return new SchemaLock(null);
        }
        await SchemaMigrator.Execute(connection, $"SELECT pg_advisory_lock({PostgresKey});", null, ct);
        return new SchemaLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_held is null) return;
        await SchemaMigrator.Execute(_held, $"SELECT pg_advisory_unlock({PostgresKey});", null, CancellationToken.None);
    }
}
