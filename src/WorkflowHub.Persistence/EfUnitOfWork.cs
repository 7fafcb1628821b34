using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Persistence;

/// <summary>One DbContext, one transaction at commit. Entities read here are tracked.</summary>
internal sealed class EfUnitOfWork(WorkflowHubDbContext db, SqliteWriteGate? writeGate) : IWorkflowUnitOfWork
{
    public Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, int version, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);

    public Task<DefinitionRecord?> FindLatestPublishedAsync(string definitionId, CancellationToken ct) => HotQueries.LatestPublished(db, definitionId, ct);

    public Task<DefinitionRecord?> FindDraftAsync(string definitionId, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Draft, ct);

    public async Task<int> MaxVersionAsync(string definitionId, CancellationToken ct) =>
        await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => (int?)d.Version, ct) ?? 0;

    public async Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(CancellationToken ct) =>
        await db.Definitions.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync(ct);

    public async Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken ct) =>
        Added<WorkflowInstance>(id) ?? await HotQueries.Instance(db, id, ct);

    public Task<WorkflowInstance?> FindInstanceByStartRequestAsync(string startRequestId, CancellationToken ct) =>
        HotQueries.InstanceByStartRequest(db, startRequestId, ct);

    public async Task<IReadOnlyList<WorkflowInstance>> FindChildInstancesAsync(Guid parentId, CancellationToken ct) =>
        await db.Instances.Where(i => i.ParentInstanceId == parentId).ToListAsync(ct);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct) =>
        Added<Bookmark>(id) ?? Preloaded<Bookmark>(id, out var known) ?? (known ? null : await HotQueries.Bookmark(db, id, ct));

    public Task<IReadOnlyList<Bookmark>> ActiveBookmarksAsync(Guid instanceId, CancellationToken ct) =>
        HotQueries.ActiveBookmarks(db, instanceId).ToListAsync(ct);

    public async Task<IReadOnlyList<Bookmark>> ActiveSignalBookmarksAsync(string signal, string? correlationKey, CancellationToken ct) =>
        await db.Bookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.SignalName == signal && b.ConsumedAt == null
                                      && (correlationKey == null || b.CorrelationKey == correlationKey))
            .OrderBy(b => b.CreatedAt).ToListAsync(ct);

    public async Task<TaskItem?> FindTaskAsync(Guid id, CancellationToken ct) =>
        Added<TaskItem>(id) ?? await HotQueries.Task(db, id, ct);

    public Task<IReadOnlyList<TaskItem>> ActiveTasksAsync(Guid instanceId, CancellationToken ct) =>
        HotQueries.ActiveTasks(db, instanceId).ToListAsync(ct);

    public async Task<WorkflowTimer?> FindTimerAsync(Guid id, CancellationToken ct) =>
        Added<WorkflowTimer>(id) ?? Preloaded<WorkflowTimer>(id, out var known) ?? (known ? null : await HotQueries.Timer(db, id, ct));

    public async Task PreloadTimersAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken ct)
    {
        var ids = timerIds.ToList();
        var timers = await db.Timers.Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        var bookmarkIds = timers.Select(t => t.BookmarkId).ToList();
        var bookmarks = await db.Bookmarks.Where(b => bookmarkIds.Contains(b.Id)).ToListAsync(ct);
        foreach (var id in ids) _preloaded[id] = timers.FirstOrDefault(t => t.Id == id);
        foreach (var id in bookmarkIds) _preloaded[id] = bookmarks.FirstOrDefault(b => b.Id == id);
    }

    public Task<IReadOnlyList<WorkflowTimer>> PendingTimersAsync(Guid instanceId, CancellationToken ct) =>
        HotQueries.PendingTimers(db, instanceId).ToListAsync(ct);

    public async Task<IReadOnlyList<WorkflowTimer>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(max).ToListAsync(ct);

    public Task<IReadOnlyList<Incident>> OpenIncidentsAsync(Guid instanceId, CancellationToken ct) =>
        HotQueries.OpenIncidents(db, instanceId).ToListAsync(ct);

    // Entities added in this unit of work are not in the database yet, so lookups by id see
    // them here first; loaded entities are resolved to their tracked copies by EF itself.
    private readonly Dictionary<Guid, object> _added = [];

    private T? Added<T>(Guid id) where T : class => _added.TryGetValue(id, out var entity) ? entity as T : null;

    // Timers and bookmarks read by PreloadTimersAsync (tracked, so their state is this unit of work's), or null when known not to exist.
    private readonly Dictionary<Guid, object?> _preloaded = [];

    private T? Preloaded<T>(Guid id, out bool known) where T : class
    {
        known = _preloaded.TryGetValue(id, out var entity);
        return entity as T;
    }

    private readonly List<JournalEntry> _journal = [];

    public ValueTask<T?> FindAsync<T>(object key, CancellationToken ct) where T : class => db.FindAsync<T>([key], ct)!;

    public void Add<T>(T entity) where T : class
    {
        if (entity is JournalEntry entry)
        {
            _journal.Add(entry);
            return;
        }
        db.Add(entity);
        switch (entity)
        {
            case WorkflowInstance instance: _added[instance.Id] = instance; break;
            case Bookmark bookmark: _added[bookmark.Id] = bookmark; break;
            case TaskItem task: _added[task.Id] = task; break;
            case WorkflowTimer timer: _added[timer.Id] = timer; break;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            if (writeGate is null)
            {
                await SaveAsync(ct);
                return;
            }
            using (await writeGate.EnterAsync(ct))
                await SaveAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException("Another writer changed the instance first.", e);
        }
        catch (Exception e) when (UniqueViolation(e) is { } violation)
        {
            throw new DuplicateKeyException(violation.Message, e);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (_journal.Count > 0) await JournalAppender.AppendAsync(db, _journal, ct);
        await transaction.CommitAsync(ct);
        _journal.Clear();
    }

    private static SqliteException? UniqueViolation(Exception e) =>
        (e as SqliteException ?? e.InnerException as SqliteException) is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } s ? s : null;

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
