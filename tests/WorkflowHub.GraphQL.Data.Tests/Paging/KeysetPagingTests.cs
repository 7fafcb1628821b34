using WorkflowHub.GraphQL.Data.Paging;
using WorkflowHub.GraphQL.Data.Sorting;

namespace WorkflowHub.GraphQL.Data.Tests.Paging;

public sealed class KeysetPagingTests
{
    private static readonly SortFields<Ticket> Sorting = new SortFields<Ticket>()
        .Field("priority", t => t.Priority)
        .Field("createdAt", t => t.CreatedAt)
        .Field("dueAt", t => t.DueAt)
        .Field("title", t => t.Title)
        .Field("note", t => t.Note)
        .Field("id", t => t.Id)
        .DefaultOrder<DateTimeOffset>("createdAt", SortDirection.Desc)
        .TieBreaker("id", t => t.Id);

    public static TheoryData<string, string> Orders => new()
    {
        { "priority", "ASC" }, { "priority", "DESC" }, { "dueAt", "ASC" }, { "dueAt", "DESC" },
        { "note", "ASC" }, { "title", "DESC" }, { "createdAt", "ASC" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Should_visit_every_row_once_in_order_when_paging_forward(string field, string direction)
    {
        var tickets = Tickets.Make(53);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        var order = Sorting.Resolve([new Dictionary<string, object?> { [field] = direction }]);

        var seen = new List<Ticket>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            await using var db = database.Open();
            var page = await db.Tickets.ToConnectionAsync(new PagingArguments(First: 7, After: after), order);
            seen.AddRange(page.Nodes);
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            if (!page.PageInfo.HasNextPage) break;
            after = page.PageInfo.EndCursor;
        }

        Assert.Equal(Expected(tickets, field, direction).Select(t => t.Id), seen.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Should_visit_every_row_once_in_order_when_paging_backward(string field, string direction)
    {
        var tickets = Tickets.Make(41);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        var order = Sorting.Resolve([new Dictionary<string, object?> { [field] = direction }]);

        var seen = new List<Ticket>();
        string? before = null;
        for (var pages = 0; pages < 20; pages++)
        {
            await using var db = database.Open();
            var page = await db.Tickets.ToConnectionAsync(new PagingArguments(Last: 6, Before: before), order);
            seen.InsertRange(0, page.Nodes);
            Assert.Equal(before is not null, page.PageInfo.HasNextPage);
            if (!page.PageInfo.HasPreviousPage) break;
            before = page.PageInfo.StartCursor;
        }

        Assert.Equal(Expected(tickets, field, direction).Select(t => t.Id), seen.Select(t => t.Id));
    }

    [Fact]
    public async Task Should_use_the_default_order_and_give_each_edge_a_cursor_that_continues_after_it()
    {
        var tickets = Tickets.Make(10);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        var order = Sorting.Resolve(null);
        await using var db = database.Open();

        var first = await db.Tickets.ToConnectionAsync(new PagingArguments(First: 4), order);
        var fromThird = await db.Tickets.ToConnectionAsync(new PagingArguments(First: 2, After: first.Edges[2].Cursor), order);

        Assert.Equal(tickets.OrderByDescending(t => t.CreatedAt).Take(4).Select(t => t.Title), first.Nodes.Select(t => t.Title));
        Assert.Equal(first.Nodes[3].Id, fromThird.Nodes[0].Id);
        Assert.Equal(first.Edges[0].Cursor, first.PageInfo.StartCursor);
    }

    [Fact]
    public async Task Should_page_with_one_statement_and_count_only_when_asked()
    {
        await using var database = await TicketDatabase.CreateAsync(Tickets.Make(30));
        await using var db = database.Open();

        var page = await db.Tickets.Where(t => t.Priority == 1).ToConnectionAsync(new PagingArguments(First: 5), Sorting.Resolve(null));
        var afterPage = database.Statements.Count;
        var total = await page.GetTotalCountAsync();

        Assert.Equal(1, afterPage);
        Assert.Contains("WHERE", database.Statements[0]);
        Assert.Contains("LIMIT", database.Statements[0]);
        Assert.Equal(2, database.Statements.Count);
        Assert.Equal(Tickets.Make(30).Count(t => t.Priority == 1), total);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("WzFd")] // a valid cursor shape with the wrong number of keys: [1]
    public async Task Should_reject_a_cursor_that_does_not_belong_to_the_list_and_name_the_argument(string cursor)
    {
        await using var database = await TicketDatabase.CreateAsync(Tickets.Make(3));
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<DataInputException>(() =>
            db.Tickets.ToConnectionAsync(new PagingArguments(First: 2, After: cursor), Sorting.Resolve(null)));

        Assert.Equal("after", error.Path);
        Assert.Contains("not a cursor", error.Message);
    }

    [Theory]
    [InlineData(101, null, "first")]
    [InlineData(-1, null, "first")]
    [InlineData(null, -2, "last")]
    [InlineData(5, 5, "first")]
    public async Task Should_refuse_page_sizes_out_of_bounds(int? first, int? last, string path)
    {
        await using var database = await TicketDatabase.CreateAsync(Tickets.Make(3));
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<DataInputException>(() =>
            db.Tickets.ToConnectionAsync(new PagingArguments(First: first, Last: last), Sorting.Resolve(null)));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Should_name_the_unknown_sort_field_and_list_the_known_ones()
    {
        var error = Assert.Throws<DataInputException>(() =>
            Sorting.Resolve([new Dictionary<string, object?> { ["priority"] = "ASC" }, new Dictionary<string, object?> { ["colour"] = "DESC" }]));

        Assert.Equal("order[1].colour", error.Path);
        Assert.Contains("priority", error.Message);
    }

    // What the order means, computed in memory: nulls last ascending and first descending, id breaks ties.
    private static IEnumerable<Ticket> Expected(List<Ticket> tickets, string field, string direction)
    {
        Func<Ticket, IComparable?> key = field switch
        {
            "priority" => t => t.Priority,
            "dueAt" => t => t.DueAt,
            "note" => t => t.Note,
            "title" => t => t.Title,
            _ => t => t.CreatedAt,
        };
        var comparer = Comparer<Ticket>.Create((a, b) =>
        {
            var (x, y) = (key(a), key(b));
            var byNull = (x is null).CompareTo(y is null);
            var byValue = byNull != 0 || x is null ? byNull
                : x is string s ? string.CompareOrdinal(s, (string)y!) : x.CompareTo(y);
            if (direction == "DESC") byValue = -byValue;
            return byValue != 0 ? byValue : string.CompareOrdinal(a.Id.ToString().ToUpperInvariant(), b.Id.ToString().ToUpperInvariant());
        });
        return tickets.Order(comparer);
    }
}
