using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace WorkflowHub.GraphQL.Types;

/// <summary>Members in definition order with lookup by name.</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    /// <summary>The member with that name; throws <see cref="KeyNotFoundException"/> if there is none.</summary>
    public T this[string name] => _byName[name];

    public bool TryGetField(string name, [MaybeNullWhen(false)] out T field) => _byName.TryGetValue(name, out field);

    public bool ContainsField(string name) => _byName.ContainsKey(name);

    internal void Add(T item, string ownerDescription)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            throw new ArgumentException($"{ownerDescription} already has a member named \"{item.Name}\".");
        }

        _items.Add(item);
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
