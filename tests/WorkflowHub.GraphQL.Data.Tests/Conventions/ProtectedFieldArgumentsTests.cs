using System.Security.Claims;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.GraphQL.Data.Paging;
using WorkflowHub.GraphQL.Data.Sorting;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

/// <summary>
/// A field hidden from the caller stays hidden from their where: and order: arguments, or a filter would read it a
/// character at a time. Here only officers may read a request's priority.
/// </summary>
public sealed class ProtectedFieldArgumentsTests
{
    private static readonly GraphQL.Types.Schema Schema = SchemaBuilder.New()
        .AddTypeExtension<RequestQueries>()
        .AddTypeExtension<RequestRelations>()
        .AddDataConventions()
        .OnCreated(s => ((ObjectType)s.GetType("ServiceRequest")!).Fields["priority"].Authorization.Add(new AuthorizeDirective(Roles: ["officer"])))
        .Create();

    private static readonly ClaimsPrincipal Worker = User("worker"), Officer = User("officer");

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, role + "-1"), new Claim(ClaimTypes.Role, role)], "Test", ClaimTypes.Name, ClaimTypes.Role));

    private sealed class Services(RequestContext db) : IServiceProvider
    {
        private readonly BatchScheduler _scheduler = new();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(RequestContext) ? db : serviceType == typeof(BatchScheduler) || serviceType == typeof(IBatchDispatcher) ? _scheduler : null;
    }

    private static Dictionary<string, object?> Args(params (string, object?)[] values) => values.ToDictionary(v => v.Item1, v => v.Item2);

    private static async Task<(Connection<ServiceRequest>? Page, GraphQLException? Error, int Statements)> ListAsync(ClaimsPrincipal user, params (string, object?)[] arguments)
    {
        await using var database = await RequestDatabase.CreateAsync();
        await using var db = database.Open();
        try
        {
            var page = (Connection<ServiceRequest>)(await FieldRunner.Start(Schema, "Query", "requests", arguments: Args([("first", 50), .. arguments]),
                services: new Services(db), user: user))!;
            return (page, null, database.Statements.Count);
        }
        catch (GraphQLException e)
        {
            return (null, e, database.Statements.Count);
        }
    }

    [Theory]
    [InlineData("where.priority", "where")]
    [InlineData("where.or[1].priority", "nested")]
    [InlineData("order[0].priority", "order")]
    public async Task Should_refuse_to_filter_or_sort_on_a_field_the_caller_may_not_read_and_run_no_query(string path, string shape)
    {
        (string, object?) argument = shape switch
        {
            "where" => ("where", Args(("priority", Args(("gte", 3))))),
            "nested" => ("where", Args(("or", new List<object?> { Args(("title", Args(("contains", "noise")))), Args(("priority", Args(("eq", 5)))) }))),
            _ => ("order", new List<object?> { Args(("priority", SortDirection.Desc)) }),
        };

        var (page, error, statements) = await ListAsync(Worker, argument);

        Assert.Null(page);
        Assert.Equal(ErrorCodes.NotAuthorized, error!.Code);
        Assert.StartsWith($"Argument \"{path}\": you may not read ServiceRequest.priority", error.Message);
        Assert.Equal(0, statements);
    }

    [Fact]
    public async Task Should_let_a_caller_filter_and_sort_on_what_they_may_read()
    {
        var (byTitle, titleError, _) = await ListAsync(Worker, ("where", Args(("title", Args(("contains", "noise"))))), ("order", new List<object?> { Args(("createdAt", SortDirection.Asc)) }));
        var (byPriority, priorityError, _) = await ListAsync(Officer, ("where", Args(("priority", Args(("gte", 3))))), ("order", new List<object?> { Args(("priority", SortDirection.Desc)) }));

        Assert.Null(titleError);
        Assert.NotEmpty(byTitle!.Edges);
        Assert.All(byTitle.Edges, e => Assert.Contains("noise", e.Node.Title));
        Assert.Null(priorityError);
        Assert.NotEmpty(byPriority!.Edges);
        Assert.All(byPriority.Edges, e => Assert.True(e.Node.Priority >= 3));
    }
}
