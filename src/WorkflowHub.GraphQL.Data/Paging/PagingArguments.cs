namespace WorkflowHub.GraphQL.Data.Paging;

/// <summary>The Relay arguments: <c>first/after</c> pages forward, <c>last/before</c> backward.</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null);

public sealed class PagingOptions
{
    /// <summary>Page size when neither first nor last is given.</summary>
    public int DefaultPageSize { get; init; } = 10;
    /// <summary>The largest first/last a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;
}
