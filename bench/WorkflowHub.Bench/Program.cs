using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;

// Starts and completes N service-request instances (3 human tasks each) through the engine on a
// SQLite file, every transition committed, and reports instances/s and per-transition latency.
// Usage: dotnet run -c Release --project bench/WorkflowHub.Bench -- [instances] [workers] [FULL|NORMAL]
//        dotnet run -c Release --project bench/WorkflowHub.Bench -- timers [background] [rate] [seconds] [overdue]   (see TimerBench.cs)
//        dotnet run -c Release --project bench/WorkflowHub.Bench -- timers-real [instances]
if (args.Length > 0 && args[0] == "timers-real")
{
    await WorkflowHub.Bench.TimerBench.RunRealAsync(args.Length > 1 ? int.Parse(args[1]) : 5000);
    return;
}
if (args.Length > 0 && args[0] == "timers")
{
    await WorkflowHub.Bench.TimerBench.RunAsync(args[1..]);
    return;
}
var instances = args.Length > 0 ? int.Parse(args[0]) : 2000;
var workers = args.Length > 1 ? int.Parse(args[1]) : 4;
var synchronous = args.Length > 2 ? args[2] : "FULL";

var folder = Directory.CreateTempSubdirectory("workflowhub-bench-").FullName;
var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
    .AddWorkflowEngine()
    .AddWorkflowSqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "bench.db"), Synchronous = synchronous })
    .BuildServiceProvider();
await services.GetRequiredService<SchemaMigrator>().MigrateAsync();
await services.GetRequiredService<DefinitionService>().SaveAndPublishAsync(
    File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "service-request-3-tasks.json")));
var runtime = services.GetRequiredService<WorkflowRuntime>();
var store = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WorkflowHubDbContext>>();

// What a front end does between two transitions (ask for the instance's open task), as one compiled query, so the
// benchmark's own share of the process CPU stays small next to the engine's.
var openTaskOf = Microsoft.EntityFrameworkCore.EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid instanceId) =>
    db.Tasks.Where(t => t.InstanceId == instanceId && t.Status == TaskItemStatus.Open).Select(t => t.Id).Single());

async Task<Guid> OpenTask(Guid instanceId)
{
    await using var db = await store.CreateDbContextAsync();
    return await openTaskOf(db, instanceId);
}

var transitions = new List<double>[workers];
async Task RunOne(int n, List<double> latencies)
{
    var watch = Stopwatch.StartNew();
    var id = (await runtime.StartAsync(new StartWorkflowRequest("bench-service-request",
        new JsonObject { ["title"] = $"Request {n}", ["orgUnitId"] = "grid-1" }))).InstanceId;
    latencies.Add(watch.Elapsed.TotalMilliseconds);
    foreach (var outcome in new[] { "SignedFor", "Resolved", "Satisfied" })
    {
        var task = await OpenTask(id);
        watch.Restart();
        await runtime.CompleteTaskAsync(task, outcome, actor: "bench");
        latencies.Add(watch.Elapsed.TotalMilliseconds);
    }
}

// Warm-up: JIT, connection pool, definition cache.
for (var i = 0; i < 50; i++) await RunOne(-i, []);

var next = -1;
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
{
    transitions[w] = [];
    for (int n; (n = Interlocked.Increment(ref next)) < instances;) await RunOne(n, transitions[w]);
})));
total.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

await using (var db = await store.CreateDbContextAsync())
{
    var completed = db.Instances.Count(i => i.Status == InstanceStatus.Completed && i.BusinessStatus == "closed");
    if (completed != instances + 50) throw new InvalidOperationException($"Expected {instances + 50} closed instances, found {completed}.");
}

var all = transitions.SelectMany(t => t).Order().ToList();
double P(double q) => all[(int)Math.Min(all.Count - 1, Math.Ceiling(q * all.Count) - 1)];
Console.WriteLine($"instances={instances} workers={workers} synchronous={synchronous} cores={Environment.ProcessorCount}");
Console.WriteLine($"elapsed={total.Elapsed.TotalSeconds:F2}s instances/s={instances / total.Elapsed.TotalSeconds:F0} transitions/s={all.Count / total.Elapsed.TotalSeconds:F0}");
Console.WriteLine($"transition latency ms: p50={P(0.50):F2} p99={P(0.99):F2} max={all[^1]:F2}");
// CPU time of the whole process (engine, SQLite, the benchmark's own task look-ups) per instance: on a shared
// machine it moves much less than throughput does.
Console.WriteLine($"process CPU per instance: {cpu.TotalMilliseconds / instances:F2} ms");
await services.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (Environment.GetEnvironmentVariable("BENCH_KEEP") is null) Directory.Delete(folder, recursive: true);
else Console.WriteLine($"kept {folder}");
