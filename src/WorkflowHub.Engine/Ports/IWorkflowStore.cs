using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Ports;

/// <summary>The engine's only door to storage. Each unit of work commits atomically or not at all.</summary>
public interface IWorkflowStore
{
    IWorkflowUnitOfWork Begin();
}

/// <summary>
/// Entities read through a unit of work are tracked: changes to them, and entities added,
/// are written by <see cref="CommitAsync"/> in one transaction.
/// </summary>
public interface IWorkflowUnitOfWork : IAsyncDisposable
{
    Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, int version, CancellationToken ct = default);
    Task<DefinitionRecord?> FindLatestPublishedAsync(string definitionId, CancellationToken ct = default);
    Task<DefinitionRecord?> FindDraftAsync(string definitionId, CancellationToken ct = default);
    Task<int> MaxVersionAsync(string definitionId, CancellationToken ct = default);
    Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(CancellationToken ct = default);

    Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken ct = default);
    Task<WorkflowInstance?> FindInstanceByStartRequestAsync(string startRequestId, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowInstance>> FindChildInstancesAsync(Guid parentId, CancellationToken ct = default);

    Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Bookmark>> ActiveBookmarksAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<Bookmark>> ActiveSignalBookmarksAsync(string signal, string? correlationKey, CancellationToken ct = default);

    Task<TaskItem?> FindTaskAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<TaskItem>> ActiveTasksAsync(Guid instanceId, CancellationToken ct = default);

    Task<WorkflowTimer?> FindTimerAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowTimer>> PendingTimersAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowTimer>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default);

    /// <summary>
    /// Reads these timers and their bookmarks in one go, so that finding each of them later in this unit of
    /// work costs no further query (a group of timers fired in one commit). A store may do nothing here.
    /// </summary>
    Task PreloadTimersAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken ct = default) => Task.CompletedTask;

    Task<IReadOnlyList<Incident>> OpenIncidentsAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>
    /// A module's own entity (such as a governance service request) by primary key, tracked, so that changes
    /// to it are written in this unit of work's transaction together with the instance that caused them.
    /// </summary>
    ValueTask<T?> FindAsync<T>(object key, CancellationToken ct = default) where T : class =>
        throw new NotSupportedException($"This store keeps no entities of type {typeof(T).Name}.");

    /// <summary>Adds an engine entity, or a module's entity that the store's model knows, to this unit of work.</summary>
    void Add<T>(T entity) where T : class;

    /// <summary>Writes all changes in one transaction.</summary>
    /// <exception cref="ConcurrencyConflictException">another writer changed a tracked instance first.</exception>
    /// <exception cref="DuplicateKeyException">a unique key (such as a start request id) already exists.</exception>
    Task CommitAsync(CancellationToken ct = default);
}

public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class DuplicateKeyException(string message, Exception? inner = null) : Exception(message, inner);
