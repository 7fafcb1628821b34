using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz.Impl.AdoJobStore;
using WorkflowHub.Persistence;

namespace WorkflowHub.Scheduling;

/// <summary>
/// Quartz's own tables, created by our schema migrator from the script Quartz ships inside its assembly
/// (the one its job store would run for itself), so no copy of Quartz's DDL lives in this repository.
/// The script only creates what is missing, so it is safe on a database Quartz already set up.
/// </summary>
internal sealed class QuartzSchema(string tablePrefix) : ISchemaContribution
{
    public const int SchemaVersion = 1001;

    public int Version => SchemaVersion;
    public string Name => "quartz_job_store";

    public IReadOnlyList<string> Statements(string provider) => Statements(provider, tablePrefix);

    public static IReadOnlyList<string> Statements(string provider, string tablePrefix)
    {
        var script = Script(provider switch
        {
            "Sqlite" => typeof(SQLiteDelegate),
            "Postgres" => typeof(PostgreSQLDelegate),
            _ => throw new NotSupportedException($"No Quartz schema for provider '{provider}'."),
        });
        var unqualified = tablePrefix[(tablePrefix.LastIndexOf('.') + 1)..];
        return script.Split(["\n--;;"], StringSplitOptions.None)
            .Select(statement => statement.Replace("{0}", tablePrefix).Replace("{1}", unqualified))
            .Where(statement => statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } l && !l.StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The delegate's own embedded schema script (its SchemaResourceName).</summary>
    private static string Script(Type delegateType)
    {
        var name = (string?)delegateType.GetProperty("SchemaResourceName", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!
            .GetValue(Activator.CreateInstance(delegateType))
            ?? throw new InvalidOperationException($"{delegateType.Name} names no schema script.");
        using var stream = delegateType.Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz's schema script '{name}' is not in its assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}

/// <summary>
/// Quartz's tables in PostgreSQL, from the PostgreSQL script Quartz ships, created at start under an
/// advisory lock so that servers starting together create them once.
/// </summary>
internal sealed class QuartzPostgresSchema(QuartzTimerOptions options, ILogger<QuartzPostgresSchema> logger) : IHostedService
{
    private const long LockKey = 0x5748_5154_5A00; // "WHQTZ"

    public async Task StartAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CreateAsync(ct);
                return;
            }
            catch (NpgsqlException e) when (attempt < 5)
            {
                logger.LogWarning(e, "Creating Quartz's tables in PostgreSQL failed (attempt {Attempt}); trying again.", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), ct);
            }
        }
    }

    private async Task CreateAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
            await lockCommand.ExecuteNonQueryAsync(ct);
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            foreach (var statement in QuartzSchema.Statements("Postgres", options.TablePrefix.ToLowerInvariant()))
            {
                await using var command = new NpgsqlCommand(statement, connection, tx);
                await command.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            logger.LogInformation("Quartz's tables are in place in PostgreSQL.");
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
