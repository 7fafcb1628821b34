using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.GraphQL.Data.Paging;
using WorkflowHub.GraphQL.Data.Sorting;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

public sealed class ConventionExecutionTests
{
    private static readonly GraphQL.Types.Schema Schema = RequestSchema.WithAttributes();

    private sealed class RequestServices(RequestContext db) : IServiceProvider, IRequestState
    {
        public BatchScheduler Scheduler { get; } = new();

        public IDictionary<string, object?> State { get; } = new Dictionary<string, object?>();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(RequestContext) ? db
            : serviceType == typeof(BatchScheduler) || serviceType == typeof(IBatchDispatcher) ? Scheduler
            : null;
    }

    private static Dictionary<string, object?> Args(params (string, object?)[] values) => values.ToDictionary(v => v.Item1, v => v.Item2);

    [Fact]
    public async Task Should_filter_sort_and_page_on_the_database_and_count_only_when_asked()
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        var services = new RequestServices(db);
        var where = Args(("status", Args(("neq", RequestStatus.Closed))), ("title", Args(("contains", "noise"))));
        var order = new List<object?> { Args(("priority", SortDirection.Desc)) };

        var page = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests",
            arguments: Args(("first", 5), ("where", where), ("order", order)), services: services))!;
        var statementsForPage = database.Statements.Count;
        var total = await FieldRunner.Start(Schema, "ServiceRequestConnection", "totalCount", page);

        await using var check = database.Open();
        var expected = check.Requests.AsEnumerable()
            .Where(r => r.Status != RequestStatus.Closed && r.Title.Contains("noise"))
            .OrderByDescending(r => r.Priority).ThenBy(r => r.Id).ToList();
        Assert.Equal(expected.Take(5).Select(r => r.Title), page.Edges.Select(e => e.Node.Title));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(1, statementsForPage);
        Assert.Equal(expected.Count, total);
        Assert.Equal(2, database.Statements.Count);
    }

    [Fact]
    public async Task Should_continue_after_the_cursor_of_the_last_edge()
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        var services = new RequestServices(db);
        var order = new List<object?> { Args(("createdAt", SortDirection.Asc)) };

        var first = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests", arguments: Args(("first", 4), ("order", order)), services: services))!;
        var second = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests",
            arguments: Args(("first", 4), ("after", first.PageInfo.EndCursor), ("order", order)), services: services))!;

        Assert.Equal(["Request 04 water leak", "Request 05 noise", "Request 06 noise", "Request 07 noise"], second.Edges.Select(e => e.Node.Title));
        Assert.True(second.PageInfo.HasPreviousPage);
    }

    [Theory]
    [InlineData("first", 500, "Argument \"first\": A page holds at most 50 items; 500 were asked for.")]
    [InlineData("after", "not-a-cursor", "Argument \"after\": 'not-a-cursor' is not a cursor of this list in this order.")]
    public async Task Should_report_bad_paging_arguments_as_bad_user_input_naming_the_argument(string name, object value, string messageStart)
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();

        var error = await Assert.ThrowsAsync<GraphQLException>(async () =>
            await FieldRunner.Start(Schema, "Query", "requests", arguments: Args((name, value)), services: new RequestServices(db)));

        Assert.StartsWith(messageStart, error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(name, error.Extensions!["argument"]);
    }

    [Fact]
    public async Task Should_report_a_bad_filter_value_with_its_path_inside_where()
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        var where = Args(("or", new List<object?> { Args(("priority", Args(("in", null)))) }));

        var error = await Assert.ThrowsAsync<GraphQLException>(async () =>
            await FieldRunner.Start(Schema, "Query", "requests", arguments: Args(("where", where)), services: new RequestServices(db)));

        Assert.Equal("Argument \"where.or[0].priority.in\": A list is needed here, not null.", error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public async Task Should_load_a_page_of_twenty_with_a_related_item_and_list_in_three_statements_with_total_count()
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        var services = new RequestServices(db);

        var page = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests", arguments: Args(("first", 20)), services: services))!;
        var total = FieldRunner.Start(Schema, "ServiceRequestConnection", "totalCount", page).AsTask();
        var related = page.Nodes.SelectMany(node => new[]
        {
            FieldRunner.Start(Schema, "ServiceRequest", "latestComment", node, services: services).AsTask(),
            FieldRunner.Start(Schema, "ServiceRequest", "comments", node, services: services).AsTask(),
        }).ToList();
        // What the executor does once every started resolver waits.
        await services.Scheduler.DispatchAsync();
        var values = await Task.WhenAll(related);

        Assert.Equal(20, page.Edges.Count);
        Assert.Equal(30, await total);
        Assert.All(values.Where((_, i) => i % 2 == 1), comments => Assert.Equal(2, ((IReadOnlyList<Comment>)comments!).Count));
        Assert.All(values.Where((_, i) => i % 2 == 0), latest => Assert.StartsWith("second on", ((Comment)latest!).Text));
        Assert.Equal(3, database.Statements.Count);
    }

    [Fact]
    public async Task Should_load_owners_and_comments_of_a_page_with_one_statement_per_loader()
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        var services = new RequestServices(db);

        var page = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests", arguments: Args(("first", 20)), services: services))!;
        var owners = page.Nodes.Select(node => FieldRunner.Start(Schema, "ServiceRequest", "owner", node, services: services).AsTask()).ToList();
        var comments = page.Nodes.Select(node => FieldRunner.Start(Schema, "ServiceRequest", "comments", node, services: services).AsTask()).ToList();
        await services.Scheduler.DispatchAsync();

        Assert.All(await Task.WhenAll(owners), owner => Assert.StartsWith("Owner", ((Person)owner!).Name));
        Assert.Equal(40, (await Task.WhenAll(comments)).Sum(list => ((IReadOnlyList<Comment>)list!).Count));
        Assert.Equal(3, database.Statements.Count);
    }

    [Fact]
    public async Task Should_sort_an_unpaged_list_when_only_sorting_is_used()
    {
        var schema = GraphQL.Sdl.SchemaBuilder.New()
            .AddQueryType(d => d.Field("requests")
                .Resolve(_ => Enumerable.Range(1, 5).Select(i => new ServiceRequest { Title = $"r{i}", Priority = i % 3 }).ToList())
                .UseSorting())
            .Create();

        var sorted = (IEnumerable<ServiceRequest>)(await FieldRunner.Start(schema, "Query", "requests",
            arguments: Args(("order", new List<object?> { Args(("priority", SortDirection.Desc)), Args(("title", SortDirection.Asc)) }))))!;

        Assert.Equal(["r2", "r5", "r1", "r4", "r3"], sorted.Select(r => r.Title));
        Assert.Equal("[ServiceRequest!]", schema.QueryType!.Fields["requests"].Type.ToString());
    }
}
