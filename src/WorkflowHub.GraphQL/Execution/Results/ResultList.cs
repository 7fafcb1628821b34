using System.Collections;

namespace WorkflowHub.GraphQL.Execution.Results;

/// <summary>A list of the response.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private object?[] _items;
    private int _count;

    internal ResultList(int capacity) => _items = capacity == 0 ? [] : new object?[capacity];

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends an empty slot and returns its index.</summary>
    internal int AddSlot()
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        return _count++;
    }

    internal override void SetSlot(int index, object? value) => _items[index] = value;

    internal override object? GetSlot(int index) => _items[index];

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
