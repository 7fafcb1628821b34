using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;
using WorkflowHub.Scheduling.Calendars;

namespace WorkflowHub.Scheduling.Tests;

/// <summary>
/// The engine with real Quartz on a real SQLite file, in a generic host so Quartz's hosted service runs,
/// on the real clock (Quartz must really fire). Hosts can be stopped and started again on the same file.
/// </summary>
public sealed class TimerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TimerHost(IHost host, string folder, LogSink logs)
    {
        _host = host;
        Folder = folder;
        Logs = logs;
    }

    public string Folder { get; }
    public LogSink Logs { get; }
    public string DatabasePath => Path.Combine(Folder, "workflowhub.db");
    public IServiceProvider Services => _host.Services;
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();
    public DefinitionService Definitions => Services.GetRequiredService<DefinitionService>();

    public static async Task<TimerHost> StartAsync(string? folder = null, QuartzTimerOptions? options = null, CalendarConfiguration? calendars = null,
        Action<IServiceCollection>? configure = null)
    {
        folder ??= Directory.CreateTempSubdirectory("workflowhub-timers-").FullName;
        var logs = new LogSink();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(logs);
        builder.Services.AddWorkflowEngine();
        builder.Services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "workflowhub.db"), Synchronous = "NORMAL" });
        builder.Services.AddHostedService<MigrateFirst>();
        builder.Services.AddWorkflowQuartzTimers(options ?? FastOptions(), calendars);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        // The start-up reconciliation runs as a Quartz job as soon as the scheduler starts; let it finish so
        // that it does not race with what a test does next (it may re-add a trigger a test just removed).
        var reconciler = host.Services.GetRequiredService<Timers.TimerReconciler>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (reconciler.Last is null && DateTime.UtcNow < deadline) await Task.Delay(20);
        return new TimerHost(host, folder, logs);
    }

    /// <summary>
    /// The engine alone on the file, with no scheduler running: timers are recorded as by a server that
    /// crashed between its commit and Quartz's, or while it was stopped.
    /// </summary>
    public static async Task RecordWithoutSchedulerAsync(string folder, Func<WorkflowRuntime, DefinitionService, Task> work)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflowEngine();
        services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "workflowhub.db"), Synchronous = "NORMAL" });
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await work(provider.GetRequiredService<WorkflowRuntime>(), provider.GetRequiredService<DefinitionService>());
    }

    /// <summary>Short sweep and reconcile intervals so tests see them; everything else as in production.</summary>
    public static QuartzTimerOptions FastOptions(TimerMapping mapping = TimerMapping.Slots) => new()
    {
        Mapping = mapping,
        SweepInterval = TimeSpan.FromSeconds(2),
        ReconcileInterval = TimeSpan.FromSeconds(30),
        MisfireThreshold = TimeSpan.FromSeconds(1),
    };

    public async Task<T> QueryAsync<T>(Func<WorkflowHubDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<List<WorkflowTimer>> TimersAsync() => QueryAsync(db => db.Timers.AsNoTracking().ToListAsync());

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(); } catch (ObjectDisposedException) { }
        _host.Dispose();
    }

    public static void DeleteFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private sealed class MigrateFirst(SchemaMigrator migrator) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => migrator.MigrateAsync(ct);
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}

/// <summary>Keeps log lines so tests can check what the server says (misfire recoveries).</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) sink._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
        }
    }
}

public static class Eventually
{
    /// <summary>Polls until the condition holds, failing with the message after the timeout: no fixed sleeps as assertions.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not within {timeout.TotalSeconds:0.#} s: {await describe()}");
            await Task.Delay(50);
        }
    }
}

internal static class Defs
{
    public static string Flow(string id, string activities, string connections, string extra = "") => $$"""
        {
          "definitionId": "{{id}}",
          "name": "{{id}}",
          {{extra}}
          "activities": [ { "id": "start", "type": "Start" }, {{activities}} ],
          "connections": {{connections}}
        }
        """;

    /// <summary>A task with a deadline: the deadline's outcome leads to SetStatus "overdue", completion to "done".</summary>
    public static string TaskWithDeadline(string id, string deadline, string calendar = "") => Flow(id, $$"""
        { "id": "sign", "type": "HumanTask", "properties": { "title": "Sign for it", "assigneeRole": "grid-worker", "outcomes": ["SignedFor"],
          "deadline": "{{deadline}}" {{(calendar == "" ? "" : $", \"calendar\": \"{calendar}\"")}} } },
        { "id": "overdue", "type": "SetStatus", "properties": { "status": "overdue" } },
        { "id": "done", "type": "SetStatus", "properties": { "status": "done" } }
        """, """[ { "from": "start", "to": "sign" }, { "from": "sign", "outcome": "Overdue", "to": "overdue" }, { "from": "sign", "outcome": "SignedFor", "to": "done" } ]""");

    /// <summary>A delay whose duration comes from the input, then a notification (the effect the tests count).</summary>
    public static string DelayThenNotify(string id) => Flow(id, """
        { "id": "wait", "type": "Delay", "properties": { "duration": "=input.delay" } },
        { "id": "notify", "type": "Notify", "properties": { "to": "grid-head", "message": "woke" } }
        """, """[ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" } ]""",
        """ "inputs": [ { "name": "delay", "type": "string", "required": true } ], """);
}
