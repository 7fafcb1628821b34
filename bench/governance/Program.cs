using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Governance;
using WorkflowHub.Governance.Metrics;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.GovernanceBench;
using WorkflowHub.Persistence;

// Loads 1,000,000 service requests (with whistles and pledges) over a district of 10 streets, 100 communities and
// 1,000 grids across a year and builds the metrics rollup from them, then times metrics for a street over the year and
// the list "subtree + overdue, first 50 newest first" as the EF query the GraphQL list runs, each beside the way it was
// answered before. With a GraphQL address, it times the real fields over HTTP instead, against a server on the same file.
// Usage: dotnet run -c Release --project bench/governance -- [requests] [repetitions] [database file to reuse] [http://host:port]
var requests = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var repetitions = args.Length > 1 ? int.Parse(args[1]) : 200;
var databasePath = args.Length > 2 ? args[2] : Path.Combine(Directory.CreateTempSubdirectory("workflowhub-governance-bench-").FullName, "bench.db");
var yearStart = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
if (args.Length > 3)
{
    await HttpTimings.RunAsync(args[3], repetitions, yearStart, Report);
    Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
    return;
}

var reuse = File.Exists(databasePath);
var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
    .AddWorkflowEngine()
    .AddWorkflowSqliteStore(new SqliteStoreOptions { Path = databasePath, Synchronous = "NORMAL" })
    .AddGovernance()
    .BuildServiceProvider();
await services.GetRequiredService<SchemaMigrator>().MigrateAsync();
if (!reuse) new BulkLoader(databasePath, requests, yearStart).Load();
else Console.WriteLine($"reusing {databasePath}");
RollupBackfill.RunIfEmpty(databasePath);

var metrics = services.GetRequiredService<MetricsService>();
var contexts = services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>();
var yearEnd = yearStart.AddDays(365);

GovernanceMetrics? sample = null;
Report("metrics, street s03, one year", await TimeAsync(repetitions, async () => sample = await metrics.ComputeAsync("s03", yearStart, yearEnd)));
Console.WriteLine($"  received {sample!.Received:N0}, overdue {sample.Overdue.Numerator:N0}, satisfied {sample.Satisfied.Value:P1}, whistles {sample.WhistlesRaised:N0}, pledges {sample.PledgesMade:N0}");
var china = TimeSpan.FromHours(8);
Report("metrics, street s03, one local (+08:00) year: partial first and last days from rows", await TimeAsync(repetitions,
    () => metrics.ComputeAsync("s03", new DateTimeOffset(yearStart.DateTime, china), new DateTimeOffset(yearEnd.DateTime, china))));
Report("metrics, grid s03c04g05, one year", await TimeAsync(repetitions, () => metrics.ComputeAsync("s03c04g05", yearStart, yearEnd)));
Report("metrics, whole district, one year", await TimeAsync(repetitions, () => metrics.ComputeAsync("d1", yearStart, yearEnd)));
Report("before: the request aggregate over the street's rows", await TimeAsync(Math.Max(10, repetitions / 10), () => RowScanAsync(contexts, "/d1/s03/", yearStart, yearEnd)));

await using (var db = await contexts.CreateDbContextAsync()) Console.WriteLine(OverdueQuery(db, "/d1/s03/").ToQueryString());
foreach (var unit in new[] { "s03", "s03c04", "s03c04g05" })
{
    var count = 0;
    Report($"overdue list, subtree of {unit}, first 50 newest", await TimeAsync(repetitions, async () => count = await OverduePageAsync(contexts, unit)));
    Console.WriteLine($"  {count} rows on the page");
}
Report("before: overdue computed from DueAt and the clock, subtree of s03", await TimeAsync(Math.Max(10, repetitions / 10), async () =>
{
    await using var db = await contexts.CreateDbContextAsync();
    await ComputedOverdueQuery(db, "/d1/s03/", DateTimeOffset.UtcNow).ToListAsync();
}));
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
return;

// What the list filtered on before the stored flag was the truth: an expression of the clock no index serves.
static IQueryable<object> ComputedOverdueQuery(WorkflowHubDbContext db, string path, DateTimeOffset now)
{
    var end = OrgUnit.SubtreeEnd(path);
    return db.Set<ServiceRequest>().AsNoTracking()
        .Where(r => string.Compare(r.OrgPath, path) >= 0 && string.Compare(r.OrgPath, end) < 0)
        .Where(r => r.Overdue || (r.DueAt != null && r.DueAt < now && r.ResolvedAt == null && r.ClosedAt == null))
        .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
        .Select(r => new { r.Id, r.TrackingCode, r.Title, r.Status, r.SubmittedAt, r.DueAt, r.OrgUnitId, r.EscalationLevel })
        .Take(51);
}

// What metrics ran before the rollup: the request figures aggregated over every row of the subtree in the period.
static async Task RowScanAsync(IDbContextFactory<WorkflowHubDbContext> contexts, string path, DateTimeOffset from, DateTimeOffset to)
{
    await using var db = await contexts.CreateDbContextAsync();
    await db.Database.OpenConnectionAsync();
    await using var command = db.Database.GetDbConnection().CreateCommand();
    command.CommandText = """
        SELECT COUNT(*), SUM(RespondedAt IS NOT NULL AND SignForDueAt IS NOT NULL AND RespondedAt <= SignForDueAt), SUM(RatedResolved = 1),
               SUM(RatedResolved IS NOT NULL), SUM(Rating IN ('Satisfied', 'BasicallySatisfied')), SUM(Rating IS NOT NULL),
               SUM(Status = 'Closed'), SUM(Overdue)
        FROM governance_service_requests INDEXED BY IX_governance_service_requests_metrics
        WHERE OrgPath >= $p AND OrgPath < $e AND SubmittedAt >= $f AND SubmittedAt < $t AND Status <> 'Cancelled'
        """;
    foreach (var (name, value) in new (string, object)[] { ("$p", path), ("$e", OrgUnit.SubtreeEnd(path)), ("$f", from.UtcTicks), ("$t", to.UtcTicks) })
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
    await command.ExecuteScalarAsync();
}

// The list query as the paging middleware builds it: subtree range and overdue in SQL, newest first with the id
// as the keyset tie-breaker, one more row than the page to know whether another follows.
static async Task<int> OverduePageAsync(IDbContextFactory<WorkflowHubDbContext> contexts, string unitId)
{
    await using var db = await contexts.CreateDbContextAsync();
    var path = await db.Set<OrgUnit>().Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync();
    var page = await OverdueQuery(db, path).ToListAsync();
    return Math.Min(page.Count, 50);
}

static IQueryable<object> OverdueQuery(WorkflowHubDbContext db, string path)
{
    var end = OrgUnit.SubtreeEnd(path);
    // The filter middleware binds where: { overdue: { eq: true } } as a parameter ("Overdue" = @p), which the
    // (Overdue, OrgPath, SubmittedAt, Id) index serves; a bare "WHERE Overdue" would not use it.
    var overdue = true;
    return db.Set<ServiceRequest>().AsNoTracking()
        .Where(r => string.Compare(r.OrgPath, path) >= 0 && string.Compare(r.OrgPath, end) < 0 && r.Overdue == overdue)
        .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
        .Select(r => new { r.Id, r.TrackingCode, r.Title, r.Status, r.SubmittedAt, r.DueAt, r.OrgUnitId, r.EscalationLevel })
        .Take(51);
}

static async Task<List<double>> TimeAsync(int repetitions, Func<Task> action)
{
    for (var i = 0; i < 3; i++) await action();
    var times = new List<double>();
    for (var i = 0; i < repetitions; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times;
}

static void Report(string what, List<double> sorted) =>
    Console.WriteLine($"{what}: p50 {sorted[sorted.Count / 2]:F2} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F2} ms, max {sorted[^1]:F2} ms ({sorted.Count} runs)");
