namespace WorkflowHub.GraphQL.Data.Paging;

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// One page of a Relay connection. The total count is a query of its own and runs only when a
/// client selects <c>totalCount</c>.
/// </summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount)
{
    private Task<int>? _count;

    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToList();
    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> GetTotalCountAsync(CancellationToken ct = default) => _count ??= totalCount(ct);
}
