namespace WorkflowHub.GraphQL.Execution;

/// <summary>A thread-safe least-recently-used cache of prepared documents by document text.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public CachedDocument GetOrAdd(string key, Func<string, CachedDocument> create)
    {
        if (capacity <= 0)
        {
            return create(key);
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (!ReferenceEquals(_order.First, node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                return node.Value.Value;
            }
        }

        // Parsing and validating happen outside the lock; two threads may do it for the same text, the first stored wins.
        var created = create(key);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing.Value.Value;
            }

            _entries[key] = _order.AddFirst((key, created));
            while (_entries.Count > capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _entries.Remove(last.Value.Key);
            }

            return created;
        }
    }
}
