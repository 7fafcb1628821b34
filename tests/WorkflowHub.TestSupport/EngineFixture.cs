using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Engine;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;

namespace WorkflowHub.TestSupport;

/// <summary>
/// The engine on a real database (a SQLite file in a fresh temporary folder, or a fresh PostgreSQL database when the
/// environment asks for it: <see cref="TestDatabase"/>), with a manual clock.
/// </summary>
public sealed class EngineFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private readonly bool _ownsDatabase;

    private EngineFixture(ServiceProvider services, string folder, ManualClock clock, TestDatabase database, bool ownsDatabase)
    {
        _services = services;
        Database = database;
        _ownsDatabase = ownsDatabase;
        Folder = folder;
        Clock = clock;
    }

    public string Folder { get; }
    public ManualClock Clock { get; }
    public TestDatabase Database { get; }
    /// <summary>The SQLite file (only on SQLite: a test that reads the file itself is about SQLite).</summary>
    public string DatabasePath => Database.SqlitePath ?? throw new InvalidOperationException("This test reads the SQLite file; it runs on SQLite only.");
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();
    public DefinitionLoader Loader => _services.GetRequiredService<DefinitionLoader>();
    public IServiceProvider Services => _services;

    /// <param name="provider">The database for a test about one provider; by default the one the environment names.</param>
    /// <param name="database">Another node's database to share (this fixture does not drop it), instead of a fresh one.</param>
    public static async Task<EngineFixture> CreateAsync(Action<IServiceCollection>? configure = null, string? folder = null, ManualClock? clock = null,
        DatabaseProvider? provider = null, TestDatabase? database = null)
    {
        folder ??= Directory.CreateTempSubdirectory("workflowhub-test-").FullName;
        clock ??= new ManualClock();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowEngine();
        var ownsDatabase = database is null;
        database ??= TestDatabase.Create(folder, "workflowhub.db", provider);
        database.AddStore(services);
        configure?.Invoke(services);
        var built = services.BuildServiceProvider();
        await built.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new EngineFixture(built, folder, clock, database, ownsDatabase);
    }

    public async Task<WorkflowDefinition> PublishAsync(string json) =>
        Loader.LoadValid((await Definitions.SaveAndPublishAsync(json)).Json);

    public async Task<T> QueryAsync<T>(Func<WorkflowHubDbContext, Task<T>> query)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<WorkflowInstance> InstanceAsync(Guid id) => QueryAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == id));

    public Task<List<TaskItem>> OpenTasksAsync(Guid instanceId) => QueryAsync(db => db.Tasks.AsNoTracking()
        .Where(t => t.InstanceId == instanceId && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed)).OrderBy(t => t.CreatedAt).ToListAsync());

    public Task<List<JournalEntry>> JournalAsync(Guid instanceId) => QueryAsync(db => db.Journal.AsNoTracking()
        .Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync());

    public async Task<JsonObject> VariablesAsync(Guid id) => JsonNode.Parse((await InstanceAsync(id)).VariablesJson)!.AsObject();

    /// <summary>Completes the only open task of an instance at the given activity.</summary>
    public async Task<ResumeResult> CompleteAsync(Guid instanceId, string activityId, string outcome, JsonObject? data = null, string actor = "tester")
    {
        var task = (await OpenTasksAsync(instanceId)).Single(t => t.ActivityId == activityId);
        return await Runtime.CompleteTaskAsync(task.Id, outcome, data, actor);
    }

    /// <summary>Moves the clock and fires what came due, as the timer service would.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return await Runtime.FireDueTimersAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
