using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence;

// Fills a fresh SQLite database, in the server's own schema, with the peers' benchmark data
// (20 definitions, 10,000 instances, 8,687 open tasks) as exported by export-data.mjs.
//   dotnet run -c Release --project bench/graphql/Seeder -- <data.json> <database file>
//
// Definitions are saved and published through DefinitionService, one published version per
// version number the data gives them. Instances, their open tasks with bookmarks, a short journal
// and incidents are inserted directly (no workflow runs), with the fields the engine writes.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Seeder <data.json> <database file>");
    return 2;
}
var (dataFile, databaseFile) = (args[0], args[1]);
if (File.Exists(databaseFile))
{
    Console.Error.WriteLine($"{databaseFile} exists; the seeder only fills a fresh database.");
    return 2;
}

var data = JsonSerializer.Deserialize<BenchData>(File.ReadAllText(dataFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))
    ?? throw new InvalidOperationException("No data.");
var watch = Stopwatch.StartNew();

var clock = new SettableClock(DateTimeOffset.Parse("2023-12-01T00:00:00Z"));
await using var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
    .AddSingleton<TimeProvider>(clock)
    .AddWorkflowEngine()
    .AddWorkflowSqliteStore(new SqliteStoreOptions { Path = databaseFile, Synchronous = "NORMAL" })
    .BuildServiceProvider();
await services.GetRequiredService<SchemaMigrator>().MigrateAsync();

// ---- definitions: published versions 1..n, a day apart, before the first instance (2024-01-01) ----
var definitionService = services.GetRequiredService<DefinitionService>();
for (var d = 0; d < data.Definitions.Count; d++)
{
    var definition = data.Definitions[d];
    for (var version = 1; version <= definition.Version; version++)
    {
        clock.Now = DateTimeOffset.Parse("2023-12-01T09:00:00Z").AddDays(d).AddHours(version);
        var published = await definitionService.SaveAndPublishAsync(DefinitionJson(definition, version), actor: "designer");
        if (published.Version != version) throw new InvalidOperationException($"{definition.DefinitionId} published as version {published.Version}, expected {version}.");
    }
}

// ---- instances, tasks, bookmarks, journal, incidents: one transaction ----
// The engine has no WAITING status: an instance waiting for people is RUNNING. To keep the status
// query's answer identical to the peers' (3,867 RUNNING instances, the same first page), the
// peers' WAITING instances are stored as FAULTED with their open tasks left open: what the engine
// leaves when one branch of a Fork faults while tasks on the other branches wait.
var factory = services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>();
var ids = new Random(data.Seed);
Guid NextGuid()
{
    Span<byte> bytes = stackalloc byte[16];
    ids.NextBytes(bytes);
    bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);   // version 4, as Guid.NewGuid
    bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);   // RFC 4122 variant
    return new Guid(bytes);
}
Guid Version7(DateTimeOffset at)
{
    // Guid.CreateVersion7(at), as the engine names instances, with deterministic random bits.
    var guid = NextGuid().ToByteArray(bigEndian: true);
    var ms = at.ToUnixTimeMilliseconds();
    for (var b = 0; b < 6; b++) guid[b] = (byte)(ms >> (8 * (5 - b)));
    guid[6] = (byte)((guid[6] & 0x0F) | 0x70);
    return new Guid(guid, bigEndian: true);
}
static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

var counts = new Dictionary<InstanceStatus, int>();
int taskCount = 0, journalCount = 0, incidentCount = 0;
await using (var db = await factory.CreateDbContextAsync())
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    await using var tx = await db.Database.BeginTransactionAsync();
    // Oldest first, the order in which the engine would have started them.
    foreach (var source in data.Instances.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal))
    {
        var definition = data.Definitions.First(d => d.DefinitionId == source.DefinitionId);
        var status = source.Status switch
        {
            "RUNNING" => InstanceStatus.Running,
            "WAITING" => InstanceStatus.Faulted,
            "COMPLETED" => InstanceStatus.Completed,
            "FAULTED" => InstanceStatus.Faulted,
            "CANCELLED" => InstanceStatus.Cancelled,
            var other => throw new InvalidOperationException($"Unknown status {other}."),
        };
        counts[status] = counts.GetValueOrDefault(status) + 1;
        var createdAt = At(source.CreatedAt);
        var updatedAt = At(source.UpdatedAt);
        var instance = new WorkflowInstance
        {
            Id = Version7(createdAt),
            DefinitionId = source.DefinitionId,
            DefinitionVersion = source.Version,
            Status = status,
            BusinessStatus = status == InstanceStatus.Completed ? "closed" : null,
            BusinessKey = source.BusinessKey,
            StartedBy = "citizen-portal",
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
            FinishedAt = status is InstanceStatus.Completed or InstanceStatus.Cancelled ? updatedAt : null,
        };
        var input = new JsonObject { ["title"] = $"{definition.Name} {source.BusinessKey ?? source.Id}".Trim(), ["orgUnitId"] = source.Tasks.FirstOrDefault()?.OrgUnit ?? "district" };
        instance.InputJson = input.ToJsonString();
        instance.VariablesJson = input.ToJsonString();

        var journal = new List<JournalEntry>();
        void Journal(string? activityId, string? activityType, string @event, DateTimeOffset at, string? outcome = null) =>
            journal.Add(new JournalEntry
            {
                InstanceId = instance.Id, Sequence = journal.Count + 1, ActivityId = activityId, ActivityType = activityType,
                Event = @event, Outcome = outcome, Actor = journal.Count == 0 ? instance.StartedBy : null, At = at,
            });
        Journal(null, null, JournalEvents.InstanceStarted, createdAt);
        Journal("start", "Start", JournalEvents.Completed, createdAt, "Done");
        Journal("fork", "Fork", JournalEvents.Completed, createdAt);

        foreach (var t in source.Tasks.OrderBy(t => t.CreatedAt))
        {
            var taskCreated = At(t.CreatedAt);
            var bookmark = new Bookmark
            {
                Id = NextGuid(), InstanceId = instance.Id, ActivityId = t.ActivityId, ExecutionId = NextGuid(),
                Kind = BookmarkKind.Task, Tag = "task", CreatedAt = taskCreated,
            };
            db.Add(bookmark);
            db.Add(new TaskItem
            {
                Id = NextGuid(),
                InstanceId = instance.Id,
                BookmarkId = bookmark.Id,
                ActivityId = t.ActivityId,
                DefinitionId = source.DefinitionId,
                Title = t.Name,
                // The engine requires a role on every task; the peers leave a fifth without one.
                AssigneeRole = t.AssigneeRole ?? "dispatcher",
                OrgUnitId = t.OrgUnit,
                OutcomesJson = """["Done"]""",
                FormFieldsJson = "[]",
                Status = TaskItemStatus.Open,
                CreatedAt = taskCreated,
                DueAt = t.DueAt is { } due ? At(due) : null,
            });
            Journal(t.ActivityId, "HumanTask", JournalEvents.Waiting, taskCreated);
            taskCount++;
        }

        var state = new JsonObject { ["queue"] = new JsonArray(), ["faulted"] = new JsonArray(), ["activities"] = new JsonObject(), ["outputs"] = new JsonObject() };
        switch (status)
        {
            case InstanceStatus.Completed:
                Journal("end", "End", JournalEvents.Completed, updatedAt);
                Journal(null, null, JournalEvents.InstanceCompleted, updatedAt);
                break;
            case InstanceStatus.Cancelled:
                Journal(null, null, JournalEvents.InstanceCancelled, updatedAt);
                break;
            case InstanceStatus.Faulted:
            {
                var incident = new Incident
                {
                    Id = NextGuid(), InstanceId = instance.Id, ActivityId = "join", ErrorType = "ScriptException",
                    Message = "variables.handlingUnitId is undefined", CreatedAt = updatedAt,
                };
                db.Add(incident);
                incidentCount++;
                state["faulted"]!.AsArray().Add(new JsonObject { ["incident"] = incident.Id.ToString(), ["token"] = new JsonObject { ["a"] = "join", ["c"] = null } });
                Journal("join", "Join", JournalEvents.Faulted, updatedAt);
                break;
            }
        }
        instance.StateJson = state.ToJsonString();
        instance.JournalSequence = journal.Count;
        instance.Revision = 1 + source.Tasks.Count + (status == InstanceStatus.Running ? 0 : 1);
        db.Add(instance);
        db.AddRange(journal);
        journalCount += journal.Count;
    }
    await db.SaveChangesAsync();
    await tx.CommitAsync();
}

await using (var db = await factory.CreateDbContextAsync())
{
    var open = await db.Tasks.CountAsync(t => t.Status == TaskItemStatus.Open);
    var definitions = await db.Definitions.CountAsync(d => d.Status == DefinitionStatus.Published);
    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    Console.WriteLine($"seeded {databaseFile}: {definitions} published definition versions of {data.Definitions.Count} definitions, " +
        $"{data.Instances.Count} instances ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.ToString().ToUpperInvariant()}"))}), " +
        $"{open} open tasks, {journalCount} journal entries, {incidentCount} incidents in {watch.Elapsed.TotalSeconds:F1} s");
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
return 0;

// A definition in the product's JSON format: Start → Fork into the seven activities the data's
// tasks come from, each a HumanTask → Join → End. Versions differ only in their description.
static string DefinitionJson(BenchDefinition definition, int version)
{
    string[] activities = ["review", "assign", "inspect", "approve", "escalate", "notify", "close"];
    static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    var json = new JsonObject
    {
        ["definitionId"] = definition.DefinitionId,
        ["name"] = definition.Name,
        ["description"] = $"{definition.Name}, version {version}: seven tasks side by side, then closed.",
        ["inputs"] = new JsonArray(
            new JsonObject { ["name"] = "title", ["type"] = "string", ["required"] = true },
            new JsonObject { ["name"] = "orgUnitId", ["type"] = "string", ["required"] = true }),
        ["activities"] = new JsonArray(
            [
                new JsonObject { ["id"] = "start", ["type"] = "Start" },
                new JsonObject { ["id"] = "fork", ["type"] = "Fork", ["properties"] = new JsonObject { ["branches"] = new JsonArray([.. activities.Select(a => (JsonNode)Capital(a))]) } },
                .. activities.Select(a => (JsonNode)new JsonObject
                {
                    ["id"] = a,
                    ["type"] = "HumanTask",
                    ["properties"] = new JsonObject
                    {
                        ["title"] = $"{Capital(a)} {definition.Name.ToLowerInvariant()}",
                        ["assigneeRole"] = "grid-worker",
                        ["orgUnit"] = "=variables.orgUnitId",
                        ["outcomes"] = new JsonArray("Done"),
                        ["deadline"] = "P3D",
                        ["deadlineInterrupts"] = false,
                    },
                }),
                new JsonObject { ["id"] = "join", ["type"] = "Join" },
                new JsonObject { ["id"] = "end", ["type"] = "End", ["properties"] = new JsonObject { ["status"] = "closed" } },
            ]),
        ["connections"] = new JsonArray(
            [
                new JsonObject { ["from"] = "start", ["to"] = "fork" },
                .. activities.Select(a => (JsonNode)new JsonObject { ["from"] = "fork", ["outcome"] = Capital(a), ["to"] = a }),
                .. activities.Select(a => (JsonNode)new JsonObject { ["from"] = a, ["outcome"] = "Done", ["to"] = "join" }),
                new JsonObject { ["from"] = "join", ["to"] = "end" },
            ]),
    };
    return json.ToJsonString();
}

sealed record BenchData(int Seed, List<BenchDefinition> Definitions, List<BenchInstance> Instances);
sealed record BenchDefinition(string DefinitionId, string Name, int Version);
sealed record BenchInstance(string Id, string DefinitionId, int Version, string Status, string? BusinessKey, long CreatedAt, long UpdatedAt, List<BenchTask> Tasks);
sealed record BenchTask(string Id, string ActivityId, string Name, string? AssigneeRole, string? OrgUnit, long CreatedAt, long? DueAt);

sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}
