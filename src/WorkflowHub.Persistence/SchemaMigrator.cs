using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace WorkflowHub.Persistence;

/// <summary>
/// Brings the database schema up to date from numbered SQL scripts embedded in this assembly
/// (Migrations/&lt;provider&gt;/NNNN_name.sql), each applied once, in order, in its own transaction,
/// and recorded in <c>workflowhub_schema_versions</c>. A test checks that the scripts produce
/// exactly the schema the EF model expects, so a model change without a script fails the build.
/// Servers starting together apply a script once: SQLite's write lock or PostgreSQL's advisory lock
/// (<see cref="SchemaLock"/>) admits one migrator at a time.
/// </summary>
public sealed class SchemaMigrator(IDbContextFactory<WorkflowHubDbContext> contexts, ILogger<SchemaMigrator> logger, IEnumerable<ISchemaContribution>? contributions = null)
{
    private readonly IReadOnlyList<ISchemaContribution> _contributions = (contributions ?? []).OrderBy(c => c.Version).ToList();

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.Item1)
            .ToList();
    }

    public async Task<int> MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var provider = SqlDialect.Of(db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var schemaLock = await SchemaLock.TakeAsync(connection, provider, ct);
        await Execute(connection, "CREATE TABLE IF NOT EXISTS workflowhub_schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);", null, ct);
        var applied = 0;
        var steps = Scripts(provider.Name).Select(s => (s.Version, s.Name, Statements: (IReadOnlyList<string>)[s.Sql]))
            .Concat(_contributions.Select(c => (c.Version, c.Name, Statements: c.Statements(provider.Name))));
        foreach (var (version, name, statements) in steps)
        {
            // On SQLite a serializable transaction is BEGIN IMMEDIATE: it takes the write lock before the check.
            await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
            var exists = await Scalar(connection, tx, $"SELECT COUNT(*) FROM workflowhub_schema_versions WHERE version = {version};", ct);
            if (exists > 0) continue;
            foreach (var sql in statements) await Execute(connection, sql, tx, ct);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = tx;
                record.CommandText = "INSERT INTO workflowhub_schema_versions (version, name, applied_at) VALUES (@v, @n, @a);";
                Parameter(record, "@v", version);
                Parameter(record, "@n", name);
                Parameter(record, "@a", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            applied++;
            logger.LogInformation("Applied schema version {Version} ({Name}).", version, name);
        }
        return applied;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    internal static async Task Execute(DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> Scalar(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}

/// <summary>
/// A schema step owned by another module (such as the timer scheduler's own tables), applied by the
/// migrator after the engine's scripts, once, in its own transaction, and recorded like them.
/// Versions from 1000 up belong to modules; the engine's scripts stay below.
/// </summary>
public interface ISchemaContribution
{
    int Version { get; }
    string Name { get; }
    IReadOnlyList<string> Statements(string provider);
}
