namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// A unit of work's engine rows: the ones it read (one object per row, however often it is read, with the values
/// it was read with) and the ones it added. At commit it names the rows to insert and the rows that changed.
/// </summary>
internal sealed class RowTracker(EngineTables tables)
{
    private readonly Dictionary<Guid, Entry> _byId = [];
    private readonly List<Entry> _entries = [];

    /// <summary>The unit of work's object for this row: the one it already holds, else this one, remembered as read.</summary>
    public T Attach<T>(T entity, Guid id) where T : class
    {
        if (_byId.TryGetValue(id, out var known)) return (T)known.Entity;
        var table = tables[typeof(T)];
        var entry = new Entry(entity, table, table.Values(entity));
        _byId[id] = entry;
        _entries.Add(entry);
        return entity;
    }

    public List<T> AttachAll<T>(IEnumerable<T> entities, Func<T, Guid> id) where T : class
    {
        var attached = new List<T>();
        foreach (var entity in entities) attached.Add(Attach(entity, id(entity)));
        return attached;
    }

    public void Add(object entity, Guid? id)
    {
        var entry = new Entry(entity, tables[entity.GetType()], Original: null);
        if (id is { } key) _byId[key] = entry;
        _entries.Add(entry);
    }

    /// <summary>An entity this unit of work holds (read or added), or null.</summary>
    public T? Find<T>(Guid id) where T : class => _byId.TryGetValue(id, out var entry) ? entry.Entity as T : null;

    public bool Holds(Guid id) => _byId.ContainsKey(id);

    /// <summary>Rows to write, in the order they were added or first read.</summary>
    public List<RowChange> Changes()
    {
        var changes = new List<RowChange>();
        foreach (var entry in _entries)
        {
            var values = entry.Table.Values(entry.Entity);
            if (entry.Original is null) changes.Add(new RowChange(entry.Table, values, null));
            else if (!Same(values, entry.Original)) changes.Add(new RowChange(entry.Table, values, entry.Original));
        }
        return changes;
    }

    private static bool Same(object?[] a, object?[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (!Equals(a[i], b[i])) return false;
        return true;
    }

    private sealed record Entry(object Entity, EntityTable Table, object?[]? Original);
}

/// <summary>One row to insert (no original values) or to update from its original values.</summary>
internal sealed record RowChange(EntityTable Table, object?[] Values, object?[]? Original)
{
    public bool IsInsert => Original is null;
}
