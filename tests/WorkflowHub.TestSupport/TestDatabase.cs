using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowHub.Persistence;

namespace WorkflowHub.TestSupport;

/// <summary>
/// The database one test runs on: a SQLite file in the test's folder, or, with <c>WORKFLOWHUB_TEST_DATABASE=postgres</c>,
/// a database of its own created on the PostgreSQL server named by <c>WORKFLOWHUB_TEST_POSTGRES</c> and dropped at the end.
/// Every suite that runs on SQLite runs on PostgreSQL by setting that one variable.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "WORKFLOWHUB_TEST_DATABASE";
    public const string ServerVariable = "WORKFLOWHUB_TEST_POSTGRES";

    private readonly string? _postgresName;
    private bool _dropped;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    /// <summary>The provider the environment asks for: PostgreSQL when <c>WORKFLOWHUB_TEST_DATABASE=postgres</c>, else SQLite.</summary>
    public static DatabaseProvider ConfiguredProvider =>
        Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } value
            ? Enum.Parse<DatabaseProvider>(value, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    public static bool OnPostgres => ConfiguredProvider == DatabaseProvider.Postgres;

    /// <summary>The PostgreSQL server's connection string (to its maintenance database), or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>A fresh database of the configured provider (or of <paramref name="provider"/>); SQLite's file is <paramref name="fileName"/> in <paramref name="folder"/>.</summary>
    public static TestDatabase Create(string folder, string fileName = "hub.db", DatabaseProvider? provider = null, string? postgresServer = null)
    {
        if ((provider ?? ConfiguredProvider) == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(folder, fileName);
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path}", path, null);
        }
        var server = postgresServer ?? PostgresServer ?? throw new InvalidOperationException(
            $"{ProviderVariable}=postgres needs {ServerVariable}, the connection string of a PostgreSQL server a test may create databases on.");
        var name = "workflowhub_test_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, name) { _server = server };
    }

    private string? _server;

    /// <summary>Host settings that point the server at this database.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings => Provider == DatabaseProvider.Postgres
        ? [new("WorkflowHub:Database:Provider", "Postgres"), new("WorkflowHub:Database:ConnectionString", ConnectionString)]
        : [new("WorkflowHub:Sqlite:Path", SqlitePath!), new("WorkflowHub:Sqlite:Synchronous", "NORMAL")];

    /// <summary>The same settings as command-line arguments for a server process.</summary>
    public IEnumerable<string> Arguments => Settings.SelectMany(s => new[] { "--" + s.Key, s.Value });

    public IServiceCollection AddStore(IServiceCollection services) => Provider == DatabaseProvider.Postgres
        ? services.AddWorkflowPostgresStore(new PostgresStoreOptions { ConnectionString = ConnectionString })
        : services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = SqlitePath!, Synchronous = "NORMAL" });

    /// <summary>Options for a context on this database outside any service provider (no pooling on SQLite, so the file can be deleted).</summary>
    public DbContextOptionsBuilder<WorkflowHubDbContext> Options(DbContextOptionsBuilder<WorkflowHubDbContext>? builder = null)
    {
        builder ??= new DbContextOptionsBuilder<WorkflowHubDbContext>();
        return Provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(ConnectionString)
            : builder.UseSqlite($"Data Source={SqlitePath};Pooling=False;Default Timeout=30");
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        if (_dropped) return;
        _dropped = true;
        await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
