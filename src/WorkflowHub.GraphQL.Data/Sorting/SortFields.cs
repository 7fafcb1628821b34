using System.Linq.Expressions;

namespace WorkflowHub.GraphQL.Data.Sorting;

public enum SortDirection { Asc, Desc }

/// <summary>One resolved sort key: what to order by and which way.</summary>
public sealed record SortKey(string Name, LambdaExpression Key, SortDirection Direction);

/// <summary>
/// The fields of <typeparamref name="T"/> a client may sort by (<c>order: [{ createdAt: DESC }]</c>),
/// a default order, and a unique tie-breaker that is always appended so that every order is total —
/// which keyset cursors need.
/// </summary>
public sealed class SortFields<T>
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.Ordinal);
    private readonly List<SortKey> _default = [];
    private SortKey? _tieBreaker;

    public IReadOnlyDictionary<string, LambdaExpression> Fields => _fields;

    public SortFields<T> Field<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = key;
        return this;
    }

    public SortFields<T> DefaultOrder<TKey>(string name, SortDirection direction)
    {
        _default.Add(new SortKey(name, _fields[name], direction));
        return this;
    }

    /// <summary>A unique key (usually the id), ascending, appended to every order.</summary>
    public SortFields<T> TieBreaker<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _tieBreaker = new SortKey(name, key, SortDirection.Asc);
        return this;
    }

    /// <summary>
    /// Turns the coerced <c>order</c> argument (a list of objects mapping field names to ASC/DESC)
    /// into sort keys; null or empty means the default order.
    /// </summary>
    public IReadOnlyList<SortKey> Resolve(IEnumerable<IReadOnlyDictionary<string, object?>>? order, string argumentName = "order")
    {
        var keys = new List<SortKey>();
        var index = 0;
        foreach (var item in order ?? [])
        {
            foreach (var (name, value) in item)
            {
                var path = $"{argumentName}[{index}].{name}";
                if (!_fields.TryGetValue(name, out var key))
                    throw new DataInputException(path, $"Cannot sort by '{name}'. Sortable fields: {string.Join(", ", _fields.Keys)}.");
                if (value is null) continue;
                keys.Add(new SortKey(name, key, ParseDirection(value, path)));
            }
            index++;
        }
        if (keys.Count == 0) keys.AddRange(_default);
        if (_tieBreaker is { } tie && keys.All(k => k.Name != tie.Name)) keys.Add(tie);
        return keys;
    }

    private static SortDirection ParseDirection(object value, string path) => value switch
    {
        SortDirection d => d,
        string s when s.Equals("ASC", StringComparison.OrdinalIgnoreCase) => SortDirection.Asc,
        string s when s.Equals("DESC", StringComparison.OrdinalIgnoreCase) => SortDirection.Desc,
        _ => throw new DataInputException(path, $"Sort direction must be ASC or DESC, not '{value}'."),
    };
}
