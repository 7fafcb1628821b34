namespace WorkflowHub.GraphQL.Data.Loading;

/// <summary>
/// Per-request batching and caching by key. Every key asked for before the scheduler dispatches is
/// fetched in one call of <see cref="LoadBatchAsync"/>; a key asked for twice in a request is
/// fetched once. Create one instance per request.
/// </summary>
public abstract class DataLoader<TKey, TValue> where TKey : notnull
{
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private List<TKey> _queued = [];
    private readonly Lock _gate = new();

    protected DataLoader(BatchScheduler scheduler) => _scheduler = scheduler;

    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var known)) return known.Task;
            var promise = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = promise;
            _queued.Add(key);
            if (_queued.Count == 1) _scheduler.Schedule(DispatchAsync);
            return promise.Task;
        }
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys) => await Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Fetches many keys at once. A key missing from the result resolves to its default (null).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken ct);

    protected virtual CancellationToken CancellationToken => default;

    private async Task DispatchAsync()
    {
        List<TKey> keys;
        lock (_gate)
        {
            keys = _queued;
            _queued = [];
        }
        if (keys.Count == 0) return;
        List<TaskCompletionSource<TValue?>> promises;
        lock (_gate) promises = keys.Select(k => _cache[k]).ToList();
        try
        {
            var found = await LoadBatchAsync(keys, CancellationToken);
            for (var i = 0; i < keys.Count; i++)
                promises[i].TrySetResult(found.TryGetValue(keys[i], out var value) ? value : default);
        }
        catch (Exception e)
        {
            // A failed batch fails its keys for this request only; they are not cached as failures.
            lock (_gate)
                foreach (var key in keys) _cache.Remove(key);
            foreach (var promise in promises) promise.TrySetException(e);
        }
    }
}

/// <summary>A DataLoader whose key maps to many values, such as the open tasks of an instance.</summary>
public abstract class GroupedDataLoader<TKey, TValue>(BatchScheduler scheduler) : DataLoader<TKey, IReadOnlyList<TValue>>(scheduler)
    where TKey : notnull
{
    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken ct)
    {
        var groups = await LoadGroupsAsync(keys, ct);
        return keys.Distinct().ToDictionary(k => k, k => groups.Contains(k) ? (IReadOnlyList<TValue>)groups[k].ToList() : []);
    }

    protected abstract Task<ILookup<TKey, TValue>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken ct);
}
