using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace WorkflowHub.Persistence;

/// <summary>
/// The database a context or connection talks to, for the few places that write SQL by hand. <see cref="Name"/> is
/// also the folder of the provider's schema scripts (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new("Sqlite");
    public static readonly SqlDialect Postgres = new("Postgres");

    private SqlDialect(string name) => Name = name;

    public string Name { get; }
    public bool IsSqlite => this == Sqlite;
    public bool IsPostgres => this == Postgres;

    public static SqlDialect Of(DbContext db) => Of(db.Database.GetDbConnection());

    public static SqlDialect Of(DbConnection connection) => connection switch
    {
        Microsoft.Data.Sqlite.SqliteConnection => Sqlite,
        Npgsql.NpgsqlConnection => Postgres,
        _ => throw new NotSupportedException($"WorkflowHub does not run on {connection.GetType().Name}."),
    };

    public override string ToString() => Name;
}
