using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WorkflowHub.Persistence;

/// <summary>Each provider's errors that the engine handles the same way everywhere.</summary>
internal static class StoreErrors
{
    /// <summary>A unique index refused the row (SQLite: constraint unique / primary key; PostgreSQL: 23505).</summary>
    public static DbException? UniqueViolation(Exception e) => Store(e) switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } s => s,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p => p,
        _ => null,
    };

    /// <summary>
    /// Another transaction's writes made this one fail as a whole (PostgreSQL: a serialization failure or a deadlock
    /// among writers of the same rows): the engine retries it like a revision conflict.
    /// </summary>
    public static bool IsWriteConflict(Exception e) =>
        Store(e) is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    private static DbException? Store(Exception e) => e as DbException ?? e.InnerException as DbException;
}
