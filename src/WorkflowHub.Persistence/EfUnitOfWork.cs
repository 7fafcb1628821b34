using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Persistence.Writes;

namespace WorkflowHub.Persistence;

/// <summary>
/// One DbContext for reads, one transaction at commit. The engine's own rows (instances, bookmarks, tasks, timers,
/// journal, outbox, incidents) are read without EF Core's change tracking and kept by a <see cref="RowTracker"/>,
/// which knows at commit which of them to insert or update; definitions and modules' entities are tracked by EF Core.
/// A unit with engine rows only joins the write gate's group commit; one with EF-tracked changes writes both in a
/// transaction of its own, so a module's rows always commit together with the instance that changed them.
/// </summary>
internal sealed class EfUnitOfWork(WorkflowHubDbContext db, SqliteWriteGate? writeGate) : IWorkflowUnitOfWork
{
    private readonly EngineTables _tables = EngineTables.For(db.Model);
    private readonly RowTracker _rows = new(EngineTables.For(db.Model));
    private HotQueries Queries => HotQueries.For(db);

    // On SQLite the hot reads are prepared statements kept with the connection; elsewhere EF Core's compiled queries.
    private RowReader? Reader => db.Database.GetDbConnection() is SqliteConnection connection ? RowReader.For(connection, _tables) : null;

    public Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, int version, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);

    public Task<DefinitionRecord?> FindLatestPublishedAsync(string definitionId, CancellationToken ct) => Queries.LatestPublished(db, definitionId, ct);

    public Task<DefinitionRecord?> FindDraftAsync(string definitionId, CancellationToken ct) =>
        db.Definitions.FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Draft, ct);

    public async Task<int> MaxVersionAsync(string definitionId, CancellationToken ct) =>
        await db.Definitions.Where(d => d.DefinitionId == definitionId).MaxAsync(d => (int?)d.Version, ct) ?? 0;

    public async Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(CancellationToken ct) =>
        await db.Definitions.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version).ToListAsync(ct);

    public async Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken ct) =>
        _rows.Find<WorkflowInstance>(id) ?? Attach(Reader is { } reader ? reader.ById<WorkflowInstance>(id) : await Queries.Instance(db, id, ct));

    public async Task<WorkflowInstance?> FindInstanceByStartRequestAsync(string startRequestId, CancellationToken ct) =>
        Attach(Reader is { } reader ? reader.InstanceByStartRequest(startRequestId) : await Queries.InstanceByStartRequest(db, startRequestId, ct));

    public async Task<IReadOnlyList<WorkflowInstance>> FindChildInstancesAsync(Guid parentId, CancellationToken ct) =>
        _rows.AttachAll(await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == parentId).ToListAsync(ct), i => i.Id);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct) =>
        _rows.Find<Bookmark>(id) ?? (_missing.Contains(id) ? null : Attach(Reader is { } reader ? reader.ById<Bookmark>(id) : await Queries.Bookmark(db, id, ct)));

    public async Task<IReadOnlyList<Bookmark>> ActiveBookmarksAsync(Guid instanceId, CancellationToken ct) =>
        _rows.AttachAll(Reader is { } reader ? reader.ActiveBookmarks(instanceId) : await Queries.ActiveBookmarks(db, instanceId).ToListAsync(ct), b => b.Id);

    public async Task<IReadOnlyList<Bookmark>> ActiveSignalBookmarksAsync(string signal, string? correlationKey, CancellationToken ct) =>
        _rows.AttachAll(await db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkKind.Signal && b.SignalName == signal && b.ConsumedAt == null
                        && (correlationKey == null || b.CorrelationKey == correlationKey))
            .OrderBy(b => b.CreatedAt).ToListAsync(ct), b => b.Id);

    public async Task<TaskItem?> FindTaskAsync(Guid id, CancellationToken ct) =>
        _rows.Find<TaskItem>(id) ?? Attach(Reader is { } reader ? reader.ById<TaskItem>(id) : await Queries.Task(db, id, ct));

    public async Task<IReadOnlyList<TaskItem>> ActiveTasksAsync(Guid instanceId, CancellationToken ct) =>
        _rows.AttachAll(Reader is { } reader ? reader.ActiveTasks(instanceId) : await Queries.ActiveTasks(db, instanceId).ToListAsync(ct), t => t.Id);

    public async Task<WorkflowTimer?> FindTimerAsync(Guid id, CancellationToken ct) =>
        _rows.Find<WorkflowTimer>(id) ?? (_missing.Contains(id) ? null : Attach(Reader is { } reader ? reader.ById<WorkflowTimer>(id) : await Queries.Timer(db, id, ct)));

    public async Task PreloadTimersAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken ct)
    {
        var ids = timerIds.ToList();
        var timers = _rows.AttachAll(await db.Timers.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(ct), t => t.Id);
        var bookmarkIds = timers.Select(t => t.BookmarkId).ToList();
        var bookmarks = _rows.AttachAll(await db.Bookmarks.AsNoTracking().Where(b => bookmarkIds.Contains(b.Id)).ToListAsync(ct), b => b.Id);
        foreach (var id in ids.Concat(bookmarkIds).Where(id => !_rows.Holds(id))) _missing.Add(id);
    }

    // Timers and bookmarks a preload looked for and did not find: finding them again needs no query.
    private readonly HashSet<Guid> _missing = [];

    public async Task<IReadOnlyList<WorkflowTimer>> PendingTimersAsync(Guid instanceId, CancellationToken ct) =>
        _rows.AttachAll(Reader is { } reader ? reader.PendingTimers(instanceId) : await Queries.PendingTimers(db, instanceId).ToListAsync(ct), t => t.Id);

    public async Task<IReadOnlyList<WorkflowTimer>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        await db.Timers.AsNoTracking().Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now)
            .OrderBy(t => t.DueAt).Take(max).ToListAsync(ct);

    public async Task<IReadOnlyList<Incident>> OpenIncidentsAsync(Guid instanceId, CancellationToken ct) =>
        _rows.AttachAll(Reader is { } reader ? reader.OpenIncidents(instanceId) : await Queries.OpenIncidents(db, instanceId).ToListAsync(ct), i => i.Id);

    public async ValueTask<T?> FindAsync<T>(object key, CancellationToken ct) where T : class
    {
        if (!EngineTables.IsEngineType(typeof(T)) || key is not Guid id) return await db.FindAsync<T>([key], ct);
        if (_rows.Find<T>(id) is { } held) return held;
        var found = await db.FindAsync<T>([key], ct);
        if (found is null) return null;
        db.Entry(found).State = EntityState.Detached;
        return _rows.Attach(found, id);
    }

    public void Add<T>(T entity) where T : class
    {
        if (!EngineTables.IsEngineType(entity.GetType()))
        {
            db.Add(entity);
            return;
        }
        _rows.Add(entity, entity switch
        {
            WorkflowInstance instance => instance.Id,
            Bookmark bookmark => bookmark.Id,
            TaskItem task => task.Id,
            WorkflowTimer timer => timer.Id,
            OutboxMessage message => message.Id,
            Incident incident => incident.Id,
            _ => null,
        });
    }

    private WorkflowInstance? Attach(WorkflowInstance? row) => row is null ? null : _rows.Attach(row, row.Id);
    private Bookmark? Attach(Bookmark? row) => row is null ? null : _rows.Attach(row, row.Id);
    private TaskItem? Attach(TaskItem? row) => row is null ? null : _rows.Attach(row, row.Id);
    private WorkflowTimer? Attach(WorkflowTimer? row) => row is null ? null : _rows.Attach(row, row.Id);

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            var rows = _rows.Changes();
            if (writeGate is null) await SaveAsync(rows, ct);
            else if (!db.ChangeTracker.HasChanges())
            {
                if (rows.Count > 0) await writeGate.CommitAsync(rows);
            }
            else
            {
                using (await writeGate.EnterAsync(ct))
                    await SaveAsync(rows, ct);
            }
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException("Another writer changed the instance first.", e);
        }
        catch (Exception e) when (StoreErrors.UniqueViolation(e) is { } violation)
        {
            throw new DuplicateKeyException(violation.Message, e);
        }
        catch (Exception e) when (StoreErrors.IsWriteConflict(e))
        {
            throw new ConcurrencyConflictException("Another writer got in the way of this commit; it can be tried again.", e);
        }
    }

    /// <summary>Engine rows and EF-tracked changes in one transaction on this unit's own connection.</summary>
    private async Task SaveAsync(IReadOnlyList<RowChange> rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        RowWriter.WriteOnce(db.Database.GetDbConnection(), transaction.GetDbTransaction(), rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
