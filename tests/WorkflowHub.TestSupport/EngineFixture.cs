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

/// <summary>The engine on a real SQLite file in a fresh temporary folder, with a manual clock.</summary>
public sealed class EngineFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EngineFixture(ServiceProvider services, string folder, ManualClock clock)
    {
        _services = services;
        Folder = folder;
        Clock = clock;
    }

    public string Folder { get; }
    public ManualClock Clock { get; }
    public string DatabasePath => Path.Combine(Folder, "workflowhub.db");
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();
    public DefinitionLoader Loader => _services.GetRequiredService<DefinitionLoader>();
    public IServiceProvider Services => _services;

    public static async Task<EngineFixture> CreateAsync(Action<IServiceCollection>? configure = null, string? folder = null, ManualClock? clock = null)
    {
        folder ??= Directory.CreateTempSubdirectory("workflowhub-test-").FullName;
        clock ??= new ManualClock();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowEngine();
        services.AddWorkflowSqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "workflowhub.db"), Synchronous = "NORMAL" });
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        return new EngineFixture(provider, folder, clock);
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
