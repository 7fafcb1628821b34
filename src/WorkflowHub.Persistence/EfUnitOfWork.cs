using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

/// <summary>One DbContext, one transaction at commit. Entities read here are tracked.</summary>
internal sealed class EfUnitOfWork(WorkflowHubDbContext db) : IWorkflowUnitOfWork
{
    public Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, int version, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);

    public Task<DefinitionRecord?> FindLatestPublishedAsync(string definitionId, CancellationToken ct) =>
        db.Definitions.Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);

    public Task<DefinitionRecord?> FindDraftAsync(string definitionId, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Draft, ct);

    public async Task<int> MaxVersionAsync(string definitionId, CancellationToken ct) =>
        await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => (int?)d.Version, ct) ?? 0;

    public async Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(CancellationToken ct) =>
        await db.Definitions.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync(ct);

    public async Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken ct) => await db.Instances.FindAsync([id], ct);

    public Task<WorkflowInstance?> FindInstanceByStartRequestAsync(string startRequestId, CancellationToken ct) =>
        db.Instances.FirstOrDefaultAsync(i => i.StartRequestId == startRequestId, ct);

    public async Task<IReadOnlyList<WorkflowInstance>> FindChildInstancesAsync(Guid parentId, CancellationToken ct) =>
        await db.Instances.Where(i => i.ParentInstanceId == parentId).ToListAsync(ct);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct) => await db.Bookmarks.FindAsync([id], ct);

    public async Task<IReadOnlyList<Bookmark>> ActiveBookmarksAsync(Guid instanceId, CancellationToken ct) =>
        await db.Bookmarks.Where(b => b.InstanceId == instanceId && b.ConsumedAt == null).ToListAsync(ct);

    public async Task<IReadOnlyList<Bookmark>> ActiveSignalBookmarksAsync(string signal, string? correlationKey, CancellationToken ct) =>
        await db.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.SignalName == signal && b.ConsumedAt == null
                                      && (correlationKey == null || b.CorrelationKey == correlationKey))
            .OrderBy(b => b.CreatedAt).ToListAsync(ct);

    public async Task<TaskItem?> FindTaskAsync(Guid id, CancellationToken ct) => await db.Tasks.FindAsync([id], ct);

    public async Task<IReadOnlyList<TaskItem>> ActiveTasksAsync(Guid instanceId, CancellationToken ct) =>
        await db.Tasks.Where(t => t.InstanceId == instanceId && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed)).ToListAsync(ct);

    public async Task<WorkflowTimer?> FindTimerAsync(Guid id, CancellationToken ct) => await db.Timers.FindAsync([id], ct);

    public async Task<IReadOnlyList<WorkflowTimer>> PendingTimersAsync(Guid instanceId, CancellationToken ct) =>
        await db.Timers.Where(t => t.InstanceId == instanceId && t.Status == TimerStatus.Pending).ToListAsync(ct);

    public async Task<IReadOnlyList<WorkflowTimer>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(max).ToListAsync(ct);

    public async Task<IReadOnlyList<Incident>> OpenIncidentsAsync(Guid instanceId, CancellationToken ct) =>
        await db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(ct);

    public void Add<T>(T entity) where T : class => db.Add(entity);

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException("Another writer changed the instance first.", e);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 })
        {
            throw new DuplicateKeyException(e.InnerException.Message, e);
        }
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
