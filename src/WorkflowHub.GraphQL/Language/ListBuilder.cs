using System.Buffers;

namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Collects parsed nodes in a pooled buffer and hands out one exactly sized array, so a list in
/// the AST costs a single allocation instead of a growing <see cref="List{T}"/>.
/// </summary>
internal ref struct ListBuilder<T>
{
    private T[]? _buffer;
    private int _count;

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_buffer is null)
        {
            _buffer = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, larger, _count);
            Array.Clear(_buffer, 0, _count);
            ArrayPool<T>.Shared.Return(_buffer);
            _buffer = larger;
        }

        _buffer[_count++] = item;
    }

    /// <summary>The items as an exactly sized array (the shared empty array when none); the buffer goes back to the pool.</summary>
    public T[] ToArrayAndFree()
    {
        if (_count == 0)
        {
            Return();
            return [];
        }

        var result = new T[_count];
        Array.Copy(_buffer!, result, _count);
        Return();
        return result;
    }

    private void Return()
    {
        if (_buffer is not null)
        {
            Array.Clear(_buffer, 0, _count);
            ArrayPool<T>.Shared.Return(_buffer);
            _buffer = null;
        }

        _count = 0;
    }
}
