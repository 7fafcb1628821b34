using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace WorkflowHub.GraphQL.Execution.Results;

/// <summary>
/// An object of the response: response keys (shared by every object of the same selection) and
/// values, in selection order. Read it as an <see cref="IReadOnlyDictionary{TKey,TValue}"/>; nested
/// objects are <see cref="ResultMap"/>s and lists are <see cref="ResultList"/>s.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    internal override void SetSlot(int index, object? value) => _values[index] = value;

    internal override object? GetSlot(int index) => _values[index];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "{" + string.Join(", ", _keys) + "}";
}
