using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;
using Xunit.Abstractions;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// 2,000 timers come due while a real server process is SIGKILLed at random points and restarted on the
/// same database; afterwards every timer has fired exactly once, counted by its effect (one outbox row per
/// instance, one journal entry for the activity after the timer).
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class TimerCrashTests : IAsyncDisposable
{
    private const int Timers = 2_000;
    private readonly ITestOutputHelper _output;
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-timer-crash-").FullName;
    private readonly TestDatabase _database;

    public TimerCrashTests(ITestOutputHelper output)
    {
        _output = output;
        _database = TestDatabase.Create(_folder);
    }

    private const string Definition = """
        {
          "definitionId": "timer-crash",
          "name": "Timer crash test",
          "inputs": [ { "name": "at", "type": "string", "required": true } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "Timer", "properties": { "at": "=input.at" } },
            { "id": "effect", "type": "Notify", "properties": { "to": "grid-head", "message": "due" } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "effect" } ]
        }
        """;

    [Fact]
    public async Task Should_fire_every_timer_exactly_once_across_sigkills_during_2000_firings()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        _output.WriteLine($"seed {seed}");
        var watch = Stopwatch.StartNew();

        // The timers are recorded before any server runs, due over a few seconds from when the first server is up.
        var firstDue = DateTimeOffset.UtcNow.AddSeconds(12);
        await RecordTimersAsync(_database, Timers, firstDue, spread: TimeSpan.FromSeconds(4));
        _output.WriteLine($"{Timers} timers recorded in {watch.Elapsed.TotalSeconds:0.0} s");

        var workflows = Directory.CreateDirectory(Path.Combine(_folder, "workflows")).FullName;
        var firing = Stopwatch.StartNew(); // the part under test: kills, restarts and all 2,000 firings (recording them is set-up)
        for (var round = 0; round < 3; round++)
        {
            await using var server = await ServerProcess.StartAsync(_database, _folder, workflows);
            // Kill at a random point while timers are firing: once this server has fired some, a random moment later.
            var firedBefore = await FiredAsync();
            var waitUntil = DateTime.UtcNow.AddSeconds(60);
            while (await FiredAsync() <= firedBefore && DateTime.UtcNow < waitUntil) await Task.Delay(20);
            await Task.Delay(random.Next(50, 600));
            server.Kill();
            _output.WriteLine($"round {round}: killed at {watch.Elapsed.TotalSeconds:0.0} s; fired before {firedBefore}, now {await FiredAsync()}");
        }

        await using (var server = await ServerProcess.StartAsync(_database, _folder, workflows))
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (await FiredAsync() < Timers && DateTime.UtcNow < deadline) await Task.Delay(200);
        }
        _output.WriteLine($"all done at {watch.Elapsed.TotalSeconds:0.0} s, {firing.Elapsed.TotalSeconds:0.0} s after the first server started");

        await AssertExactlyOnceAsync(_database, Timers);
    }

    private async Task<int> FiredAsync()
    {
        await using var db = Open(_database);
        return await db.Timers.CountAsync(t => t.Status == TimerStatus.Fired);
    }

    /// <summary>Every timer fired, and exactly one effect per timer: one outbox row and one journal entry after it, the instance completed.</summary>
    internal static async Task AssertExactlyOnceAsync(TestDatabase database, int count)
    {
        await using var db = Open(database);
        var timers = await db.Timers.AsNoTracking().ToListAsync();
        Assert.Equal(count, timers.Count);
        Assert.All(timers, t => Assert.Equal(TimerStatus.Fired, t.Status));
        var effects = (await db.Outbox.AsNoTracking().Select(o => o.InstanceId).ToListAsync()).GroupBy(i => i).ToList();
        Assert.Equal(count, effects.Count);
        Assert.All(effects, e => Assert.Single(e));
        var journal = await db.Journal.AsNoTracking().Where(j => j.ActivityId == "effect" && j.Event == JournalEvents.Completed).Select(j => j.InstanceId).ToListAsync();
        Assert.Equal(count, journal.Count);
        Assert.Equal(count, journal.Distinct().Count());
        Assert.Equal(count, await db.Instances.CountAsync(i => i.Status == InstanceStatus.Completed));
    }

    internal static WorkflowHubDbContext Open(TestDatabase database) => new(database.Options().Options);

    /// <summary>Records timers with no server running, due from <paramref name="firstDue"/> over <paramref name="spread"/>.</summary>
    internal static async Task RecordTimersAsync(TestDatabase database, int count, DateTimeOffset firstDue, TimeSpan spread)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflowEngine();
        database.AddStore(services);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        await provider.GetRequiredService<DefinitionService>().SaveAndPublishAsync(Definition);
        var runtime = provider.GetRequiredService<WorkflowRuntime>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (int n; (n = Interlocked.Increment(ref next)) < count;)
            {
                var at = firstDue + spread * n / count;
                await runtime.StartAsync(new StartWorkflowRequest("timer-crash", new JsonObject { ["at"] = at.ToString("O") }, RequestId: $"t{n}"));
            }
        })));
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
