using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Persistence;
using WorkflowHub.Scheduling;

namespace WorkflowHub.Bench;

/// <summary>
/// Timer benchmark, run once per mapping (slot triggers, then Quartz's one trigger per timer as the baseline),
/// each on a fresh SQLite file with real Quartz and the real dispatcher:
///  1. background: N pending timers due over the next 24 h (they stay pending: the table and Quartz hold them);
///  2. catch-up: M timers already overdue when the server starts; reconcile + catch-up fire them, the rate is timers/s;
///  3. steady: for S seconds, R timers/s are created (row committed, then ITimerScheduler.ScheduleAsync, as the engine
///     does after commit), each due 2 s later; lateness = handled time - due time, p50/p99/max.
/// The timers are rows without a live workflow behind them (their bookmark does not exist), so each firing is the
/// real FireTimerAsync transaction that finds the bookmark gone and retires the timer: the cost measured is the
/// scheduler's and the store's, not a workflow's own work (measured separately by the engine benchmark).
/// </summary>
public static class TimerBench
{
    public static async Task RunAsync(string[] args)
    {
        var background = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var rate = args.Length > 1 ? int.Parse(args[1]) : 500;
        var seconds = args.Length > 2 ? int.Parse(args[2]) : 20;
        var overdue = args.Length > 3 ? int.Parse(args[3]) : 20_000;
        Console.WriteLine($"background {background}, steady {rate}/s for {seconds} s, overdue at start {overdue}");
        Console.WriteLine("| mapping | background pending | Quartz triggers after reconcile | reconcile s | overdue fired/s | steady offered/s | steady handled | lateness p50 ms | p99 ms | max ms | ScheduleAsync avg ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        // TIMER_MAPPINGS=Slots runs one mapping only; TIMER_BATCH sets the group-commit size (default 50).
        var mappings = Environment.GetEnvironmentVariable("TIMER_MAPPINGS") is { Length: > 0 } only
            ? only.Split(',').Select(Enum.Parse<TimerMapping>).ToArray()
            : [TimerMapping.Slots, TimerMapping.PerTimer];
        foreach (var mapping in mappings)
            Console.WriteLine(await RunOneAsync(mapping, background, rate, seconds, overdue));
    }

    /// <summary>
    /// End to end with real workflows: <paramref name="count"/> instances of Start → Timer → Notify → End, all
    /// overdue when the server starts; reports timers/s from the first to the last firing (each firing resumes
    /// the instance, runs Notify and End, and commits journal, outbox and instance state).
    /// </summary>
    public static async Task RunRealAsync(int count)
    {
        var folder = Directory.CreateTempSubdirectory("workflowhub-timer-bench-").FullName;
        var path = Path.Combine(folder, "bench.db");
        try
        {
            // The instances are created by the engine alone (no scheduler running), as if the server had been down.
            var engine = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddWorkflowEngine()
                .AddWorkflowSqliteStore(new SqliteStoreOptions { Path = path, Synchronous = "NORMAL" }).BuildServiceProvider();
            await engine.GetRequiredService<SchemaMigrator>().MigrateAsync();
            await engine.GetRequiredService<WorkflowHub.Engine.Definitions.DefinitionService>().SaveAndPublishAsync("""
                { "definitionId": "real-timer", "name": "Real timer",
                  "inputs": [ { "name": "at", "type": "string", "required": true } ],
                  "activities": [ { "id": "start", "type": "Start" },
                    { "id": "wait", "type": "Timer", "properties": { "at": "=input.at" } },
                    { "id": "notify", "type": "Notify", "properties": { "to": "grid-head", "message": "due" } },
                    { "id": "end", "type": "End" } ],
                  "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" }, { "from": "notify", "to": "end" } ] }
                """);
            var runtime = engine.GetRequiredService<WorkflowHub.Engine.Runtime.WorkflowRuntime>();
            var due = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("O");
            var next = -1;
            var create = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (int n; (n = Interlocked.Increment(ref next)) < count;)
                    await runtime.StartAsync(new WorkflowHub.Engine.Runtime.StartWorkflowRequest("real-timer", new System.Text.Json.Nodes.JsonObject { ["at"] = due }));
            })));
            Console.WriteLine($"{count} real instances created in {create.Elapsed.TotalSeconds:0.0} s ({count / create.Elapsed.TotalSeconds:0}/s, no scheduler running)");
            await engine.DisposeAsync();

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddWorkflowEngine();
            builder.Services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = path, Synchronous = "NORMAL" });
            builder.Services.AddWorkflowQuartzTimers(new QuartzTimerOptions { BatchSize = int.TryParse(Environment.GetEnvironmentVariable("TIMER_BATCH"), out var b) ? b : 50 });
            using var host = builder.Build();
            await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();
            await host.StartAsync();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromMinutes(5))
            {
                await using var connection = Open(path);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*), MIN(FiredAt), MAX(FiredAt) FROM workflow_timers WHERE Status = 'Fired'";
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                if (reader.GetInt64(0) == count)
                {
                    var span = TimeSpan.FromTicks(reader.GetInt64(2) - reader.GetInt64(1));
                    Console.WriteLine($"| real workflows (Timer → Notify → End), overdue at start | {count:N0} | fired/s {count / span.TotalSeconds:0} | {span.TotalSeconds:0.0} s first to last |");
                    break;
                }
                await Task.Delay(200);
            }
            await host.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> RunOneAsync(TimerMapping mapping, int background, int rate, int seconds, int overdue)
    {
        var folder = Directory.CreateTempSubdirectory("workflowhub-timer-bench-").FullName;
        var path = Path.Combine(folder, "bench.db");
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddWorkflowEngine();
            builder.Services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = path, Synchronous = "NORMAL" });
            builder.Services.AddWorkflowQuartzTimers(new QuartzTimerOptions { Mapping = mapping, BatchSize = int.TryParse(Environment.GetEnvironmentVariable("TIMER_BATCH"), out var b) ? b : 50 });
            using var host = builder.Build();
            await host.Services.GetRequiredService<SchemaMigrator>().MigrateAsync();

            var now = DateTimeOffset.UtcNow;
            await InsertAsync(path, Enumerable.Range(0, background).Select(i => now.AddHours(1) + TimeSpan.FromDays(1) * i / background));
            var overdueIds = await InsertAsync(path, Enumerable.Range(0, overdue).Select(i => now.AddSeconds(-10) + TimeSpan.FromSeconds(5) * i / overdue));

            var started = Stopwatch.StartNew();
            await host.StartAsync();
            double reconcileSeconds = 0;
            while (started.Elapsed < TimeSpan.FromMinutes(10))
            {
                var pendingOverdue = await CountPendingAsync(path, overdueIds);
                if (reconcileSeconds == 0 && await ReconciledAsync(host)) reconcileSeconds = started.Elapsed.TotalSeconds;
                if (pendingOverdue == 0 && reconcileSeconds > 0) break;
                await Task.Delay(200);
            }
            var (first, last) = await HandledSpanAsync(path, overdueIds.ToHashSet());
            var overdueRate = overdue / Math.Max(0.001, (last - first).TotalSeconds);
            var triggers = await TriggerCountAsync(path);

            // Steady load: every 20 ms a batch of timers due 2 s later is committed, then handed to the scheduler.
            var timers = host.Services.GetRequiredService<ITimerScheduler>();
            var gate = host.Services.GetRequiredService<SqliteWriteGate>();
            var steady = new List<(Guid Id, DateTimeOffset Due)>();
            var scheduleTime = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            var perTick = rate / 50.0;
            var created = 0;
            using (var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(20)))
            {
                while (clock.Elapsed < TimeSpan.FromSeconds(seconds) && await ticker.WaitForNextTickAsync())
                {
                    var due = (int)(clock.Elapsed.TotalSeconds * rate) - created;
                    if (due <= 0) continue;
                    var at = DateTimeOffset.UtcNow.AddSeconds(2);
                    List<(Guid, DateTimeOffset)> batch;
                    using (await gate.EnterAsync(CancellationToken.None)) // queued with the engine's own writers, as an engine commit is
                        batch = (await InsertAsync(path, Enumerable.Repeat(at, due))).Select(id => (id, at)).ToList();
                    created += due;
                    var watch = Stopwatch.StartNew();
                    foreach (var (id, dueAt) in batch)
                        await timers.ScheduleAsync(new WorkflowTimer { Id = id, ActivityId = "bench", Purpose = "delay", DueAt = dueAt, Status = TimerStatus.Pending });
                    scheduleTime += watch.Elapsed;
                    steady.AddRange(batch);
                }
            }
            var offered = created / clock.Elapsed.TotalSeconds;
            var ids = steady.Select(s => s.Id).ToHashSet();
            var settle = Stopwatch.StartNew();
            while (await CountPendingAsync(path, ids) > 0 && settle.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(200);
            var lateness = (await HandledAsync(path, ids)).Select(h => (h.Handled - h.Due).TotalMilliseconds).Order().ToList();
            await host.StopAsync();
            return $"| {mapping} | {background:N0} | {triggers:N0} | {reconcileSeconds:0.0} | {overdueRate:0} | {offered:0} | {lateness.Count:N0} of {steady.Count:N0} | " +
                   $"{Percentile(lateness, 0.5):0} | {Percentile(lateness, 0.99):0} | {(lateness.Count == 0 ? 0 : lateness[^1]):0} | {scheduleTime.TotalMilliseconds / Math.Max(1, steady.Count):0.00} |";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static Task<bool> ReconciledAsync(IHost host) =>
        Task.FromResult(host.Services.GetRequiredService<WorkflowHub.Scheduling.Timers.TimerReconciler>().Last is not null);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Pending timer rows (no live workflow behind them), committed in one transaction.</summary>
    private static async Task<List<Guid>> InsertAsync(string path, IEnumerable<DateTimeOffset> dueTimes)
    {
        await using var connection = Open(path);
        await using var tx = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO workflow_timers (Id, InstanceId, BookmarkId, ActivityId, Purpose, DueAt, Status, CreatedAt)
            VALUES ($id, $instance, $bookmark, 'bench', 'delay', $due, 'Pending', $created)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var instance = command.Parameters.Add("$instance", SqliteType.Text);
        var bookmark = command.Parameters.Add("$bookmark", SqliteType.Text);
        var due = command.Parameters.Add("$due", SqliteType.Integer);
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.UtcTicks);
        var ids = new List<Guid>();
        foreach (var at in dueTimes)
        {
            var timerId = Guid.NewGuid();
            ids.Add(timerId);
            id.Value = timerId.ToString().ToUpperInvariant();
            instance.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            bookmark.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            due.Value = at.UtcTicks;
            await command.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        return ids;
    }

    private static async Task<List<(DateTimeOffset Due, DateTimeOffset Handled)>> HandledAsync(string path, IReadOnlySet<Guid> ids)
    {
        await using var connection = Open(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, DueAt, FiredAt FROM workflow_timers WHERE FiredAt IS NOT NULL AND ActivityId = 'bench'";
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<(DateTimeOffset, DateTimeOffset)>();
        while (await reader.ReadAsync())
            if (ids.Contains(Guid.Parse(reader.GetString(0))))
                result.Add((new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
        return result;
    }

    private static async Task<(DateTimeOffset First, DateTimeOffset Last)> HandledSpanAsync(string path, IReadOnlySet<Guid> ids)
    {
        var handled = await HandledAsync(path, ids);
        return handled.Count == 0 ? (default(DateTimeOffset), default(DateTimeOffset)) : (handled.Min(h => h.Handled), handled.Max(h => h.Handled));
    }

    private static async Task<int> CountPendingAsync(string path, IEnumerable<Guid> ids)
    {
        var set = ids as IReadOnlySet<Guid> ?? ids.ToHashSet();
        await using var connection = Open(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM workflow_timers WHERE Status = 'Pending' AND DueAt <= $now";
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.AddHours(1).UtcTicks - 1);
        await using var reader = await command.ExecuteReaderAsync();
        var pending = 0;
        while (await reader.ReadAsync()) if (set.Contains(Guid.Parse(reader.GetString(0)))) pending++;
        return pending;
    }

    private static async Task<long> TriggerCountAsync(string path)
    {
        await using var connection = Open(path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP IN ('workflowhub-timer-slots', 'workflowhub-timers')";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
