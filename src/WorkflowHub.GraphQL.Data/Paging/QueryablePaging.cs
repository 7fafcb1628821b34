using Microsoft.EntityFrameworkCore;
using WorkflowHub.GraphQL.Data.Sorting;

namespace WorkflowHub.GraphQL.Data.Paging;

/// <summary>
/// Relay cursor paging over an IQueryable, by keyset: a page is "the next N rows after this
/// row's sort keys", a WHERE the database answers from an index however deep the page, where an
/// offset would make it count past every earlier row.
/// </summary>
public static class QueryablePaging
{
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> source, PagingArguments arguments,
        IReadOnlyList<SortKey> order, PagingOptions? options = null, CancellationToken ct = default)
    {
        options ??= new PagingOptions();
        var (size, backward) = PageSize(arguments, options);
        var keys = new KeysetComponents<T>(order);

        var query = source;
        if (arguments.After is { } after) query = query.Where(keys.Beyond(KeysetCursor.Decode(after, keys.ValueTypes, "after"), after: true));
        if (arguments.Before is { } before) query = query.Where(keys.Beyond(KeysetCursor.Decode(before, keys.ValueTypes, "before"), after: false));

        // One row more than asked says whether another page follows.
        var rows = await keys.OrderBy(query, reverse: backward).Take(size + 1).ToListAsync(ct);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (backward) rows.Reverse();

        var edges = rows.Select(row => new Edge<T>(KeysetCursor.Encode(keys.ValuesOf(row)), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? arguments.Before is not null : more,
            HasPreviousPage: backward ? more : arguments.After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, token => source.CountAsync(token));
    }

    private static (int Size, bool Backward) PageSize(PagingArguments arguments, PagingOptions options)
    {
        if (arguments.First is not null && arguments.Last is not null)
            throw new DataInputException("first", "Give either first (with after) or last (with before), not both.");
        if (arguments.First is < 0) throw new DataInputException("first", "first must not be negative.");
        if (arguments.Last is < 0) throw new DataInputException("last", "last must not be negative.");
        var size = arguments.First ?? arguments.Last ?? options.DefaultPageSize;
        if (size > options.MaxPageSize)
            throw new DataInputException(arguments.First is not null ? "first" : "last",
                $"A page holds at most {options.MaxPageSize} items; {size} were asked for.");
        return (size, arguments.Last is not null);
    }
}
