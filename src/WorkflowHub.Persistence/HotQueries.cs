using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Persistence;

/// <summary>
/// The queries every transition runs, compiled once per model: translating a LINQ tree on each call cost
/// more than running the SQL. A compiled query keeps the model it first ran on, and the model differs with
/// the modules a process registers (a test process may hold both), so there is one set per model. The engine's rows
/// are read untracked: the unit of work keeps them itself (<see cref="Writes.RowTracker"/>).
/// </summary>
internal sealed class HotQueries
{
    private static readonly ConditionalWeakTable<IModel, HotQueries> ByModel = new();

    public static HotQueries For(WorkflowHubDbContext db) => ByModel.GetValue(db.Model, _ => new HotQueries());

    public readonly Func<WorkflowHubDbContext, Guid, CancellationToken, Task<WorkflowInstance?>> Instance =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid id, CancellationToken _) => db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    public readonly Func<WorkflowHubDbContext, Guid, CancellationToken, Task<Bookmark?>> Bookmark =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid id, CancellationToken _) => db.Bookmarks.AsNoTracking().FirstOrDefault(b => b.Id == id));

    public readonly Func<WorkflowHubDbContext, Guid, CancellationToken, Task<TaskItem?>> Task =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid id, CancellationToken _) => db.Tasks.AsNoTracking().FirstOrDefault(t => t.Id == id));

    public readonly Func<WorkflowHubDbContext, Guid, CancellationToken, Task<WorkflowTimer?>> Timer =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid id, CancellationToken _) => db.Timers.AsNoTracking().FirstOrDefault(t => t.Id == id));

    public readonly Func<WorkflowHubDbContext, string, CancellationToken, Task<WorkflowInstance?>> InstanceByStartRequest =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, string requestId, CancellationToken _) => db.Instances.AsNoTracking().FirstOrDefault(i => i.StartRequestId == requestId));

    public readonly Func<WorkflowHubDbContext, string, CancellationToken, Task<DefinitionRecord?>> LatestPublished =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, string definitionId, CancellationToken _) => db.Definitions
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).FirstOrDefault());

    public readonly Func<WorkflowHubDbContext, Guid, IAsyncEnumerable<Bookmark>> ActiveBookmarks =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid instanceId) => db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId && b.ConsumedAt == null));

    public readonly Func<WorkflowHubDbContext, Guid, IAsyncEnumerable<TaskItem>> ActiveTasks =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid instanceId) => db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed)));

    public readonly Func<WorkflowHubDbContext, Guid, IAsyncEnumerable<WorkflowTimer>> PendingTimers =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid instanceId) => db.Timers.AsNoTracking().Where(t => t.InstanceId == instanceId && t.Status == TimerStatus.Pending));

    public readonly Func<WorkflowHubDbContext, Guid, IAsyncEnumerable<Incident>> OpenIncidents =
        EF.CompileAsyncQuery((WorkflowHubDbContext db, Guid instanceId) => db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId && i.ResolvedAt == null));
}

internal static class AsyncEnumerableLists
{
    public static async Task<IReadOnlyList<T>> ToListAsync<T>(this IAsyncEnumerable<T> source, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(ct)) list.Add(item);
        return list;
    }
}
