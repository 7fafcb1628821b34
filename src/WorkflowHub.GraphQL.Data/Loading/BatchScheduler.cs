using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.Data.Loading;

/// <summary>
/// Collects the batches DataLoaders want to run and runs them when told. The executor calls
/// <see cref="DispatchAsync"/> whenever every resolver it started is waiting, so that all keys a
/// level of the query asks for go to the database together: one query per loader per level,
/// however many rows the level has. It is the executor's <see cref="IBatchDispatcher"/>: register it per request
/// (scoped) as both <c>BatchScheduler</c> and <c>IBatchDispatcher</c>, or put it in the request's context data.
/// </summary>
public sealed class BatchScheduler : IBatchDispatcher
{
    private readonly Lock _gate = new();
    private List<Func<Task>> _pending = [];

    /// <summary>Raised when the first batch is queued after the scheduler was empty.</summary>
    public event Action? BatchQueued;

    public bool HasPending
    {
        get { lock (_gate) return _pending.Count > 0; }
    }

    internal void Schedule(Func<Task> dispatch)
    {
        bool first;
        lock (_gate)
        {
            first = _pending.Count == 0;
            _pending.Add(dispatch);
        }
        if (first) BatchQueued?.Invoke();
    }

    /// <summary>Runs every queued batch. Batches queued while these run wait for the next call.</summary>
    public async Task DispatchAsync()
    {
        List<Func<Task>> batches;
        lock (_gate)
        {
            batches = _pending;
            _pending = [];
        }
        await Task.WhenAll(batches.Select(b => b()));
    }
}
