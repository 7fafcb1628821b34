using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;
using Xunit.Abstractions;

namespace WorkflowHub.Server.Tests;

/// <summary>Runs only when a PostgreSQL server is configured (the CI script always starts one and sets the variable).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "WORKFLOWHUB_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"No PostgreSQL configured: set {Variable} to a connection string (as .ci/run does) to run the clustered timer test.";
    }
}

/// <summary>
/// Two server processes share one engine database and one PostgreSQL Quartz job store (clustered). 5,000
/// timers come due; one process is SIGKILLed mid-way; the other recovers its work and finishes. Every timer
/// takes effect exactly once, counted by its effect.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class TimerClusterTests(ITestOutputHelper output) : IDisposable
{
    private const int Timers = 5_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-timer-cluster-").FullName;
    private readonly string _database = "wh_timers_" + Guid.NewGuid().ToString("N")[..12];
    private TestDatabase? _engineDatabase;
    private TestDatabase EngineDatabase => _engineDatabase ??= TestDatabase.Create(_folder);

    [PostgresFact]
    public async Task Should_fire_5000_timers_exactly_once_across_two_clustered_servers_when_one_is_killed()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {_database}", connection).ExecuteNonQueryAsync();
        }
        var quartz = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ToString();
        var watch = Stopwatch.StartNew();

        var firstDue = DateTimeOffset.UtcNow.AddSeconds(30);
        await TimerCrashTests.RecordTimersAsync(EngineDatabase, Timers, firstDue, TimeSpan.FromSeconds(6));
        output.WriteLine($"{Timers} timers recorded in {watch.Elapsed.TotalSeconds:0.0} s, first due in {(firstDue - DateTimeOffset.UtcNow).TotalSeconds:0.0} s");

        var workflows = Directory.CreateDirectory(Path.Combine(_folder, "workflows")).FullName;
        string[] clustered =
        [
            "--WorkflowHub:Timers:Provider", "Postgres", "--WorkflowHub:Timers:ConnectionString", quartz, "--WorkflowHub:Timers:Clustered", "true",
            "--WorkflowHub:Timers:ClusterCheckinInterval", "00:00:01", "--WorkflowHub:Timers:ClusterCheckinMisfireThreshold", "00:00:02",
        ];
        await using var first = await ServerProcess.StartAsync(EngineDatabase, _folder, workflows, clustered);
        await using var second = await ServerProcess.StartAsync(EngineDatabase, _folder, workflows, clustered);
        output.WriteLine($"both servers up at {watch.Elapsed.TotalSeconds:0.0} s");

        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await FiredAsync() < Timers / 3 && DateTime.UtcNow < deadline) await Task.Delay(100);
        var atKill = await FiredAsync();
        first.Kill();
        output.WriteLine($"first server killed at {watch.Elapsed.TotalSeconds:0.0} s with {atKill} fired");

        while (await FiredAsync() < Timers && DateTime.UtcNow < deadline) await Task.Delay(200);
        output.WriteLine($"{await FiredAsync()} fired at {watch.Elapsed.TotalSeconds:0.0} s");

        await TimerCrashTests.AssertExactlyOnceAsync(EngineDatabase, Timers);
        Assert.InRange(atKill, 1, Timers - 1); // the kill landed mid-way
    }

    private async Task<int> FiredAsync()
    {
        await using var db = TimerCrashTests.Open(EngineDatabase);
        return await db.Timers.CountAsync(t => t.Status == TimerStatus.Fired);
    }

    public void Dispose()
    {
        _engineDatabase?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        if (Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) is { Length: > 0 } admin)
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(admin);
                connection.Open();
                new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection).ExecuteNonQuery();
            }
            catch (NpgsqlException) { }
        }
    }
}
