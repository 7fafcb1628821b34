using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private const string Sdl = """
        type Query { users: [User!]! }
        type User { id: Int! name: String! team: Team tasks: [Task!]! }
        type Team { id: Int! name: String! lead: User }
        type Task { id: Int! title: String! }
        """;

    private sealed record User(int Id, string Name, int TeamId);

    private sealed record Team(int Id, string Name, int LeadId);

    private sealed record WorkItem(int Id, string Title, int UserId);

    /// <summary>Records every batch it is asked for; answers after a real asynchronous wait, like a database.</summary>
    private sealed class Recorder
    {
        public List<string> Batches { get; } = [];

        public async Task<IReadOnlyDictionary<TKey, TValue>> Load<TKey, TValue>(string name, IReadOnlyList<TKey> keys, Func<TKey, TValue> make)
            where TKey : notnull
        {
            lock (Batches)
            {
                Batches.Add($"{name}({keys.Count})");
            }

            await Task.Delay(5);
            return keys.Distinct().ToDictionary(k => k, make);
        }
    }

    private sealed class UserLoader(BatchScheduler scheduler, Recorder recorder) : DataLoader<int, User>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
            recorder.Load("users", keys, id => new User(id, "user " + id, id % 5));
    }

    private sealed class TeamLoader(BatchScheduler scheduler, Recorder recorder) : DataLoader<int, Team>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, Team>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
            recorder.Load("teams", keys, id => new Team(id, "team " + id, 100 + id));
    }

    private sealed class TasksByUserLoader(BatchScheduler scheduler, Recorder recorder) : GroupedDataLoader<int, WorkItem>(scheduler)
    {
        protected override async Task<ILookup<int, WorkItem>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken ct)
        {
            await recorder.Load("tasks", keys, k => k);
            return keys.SelectMany(k => new[] { new WorkItem(k * 10, "a", k), new WorkItem((k * 10) + 1, "b", k) }).ToLookup(t => t.UserId);
        }
    }

    private static T Loader<T>(IResolverContext context, Func<BatchScheduler, T> create)
        where T : class
    {
        var key = typeof(T).FullName!;
        if (context.ContextData.TryGetValue(key, out var existing))
        {
            return (T)existing!;
        }

        var scheduler = (BatchScheduler)context.ContextData[IBatchDispatcher.ContextDataKey]!;
        var loader = create(scheduler);
        context.ContextData[key] = loader;
        return loader;
    }

    private static (Schema Schema, Recorder Recorder) Create()
    {
        var recorder = new Recorder();
        var schema = Run.Sdl(Sdl, b => b
            .AddResolver("Query", "users", _ => Enumerable.Range(1, 50).Select(i => new User(i, "user " + i, i % 5)).ToList())
            .AddResolver("User", "team", c => Loader(c, s => new TeamLoader(s, recorder)).LoadAsync(c.Parent<User>().TeamId))
            .AddResolver("User", "tasks", c => Loader(c, s => new TasksByUserLoader(s, recorder)).LoadAsync(c.Parent<User>().Id))
            .AddResolver("Team", "lead", async c => await Loader(c, s => new UserLoader(s, recorder)).LoadAsync(c.Parent<Team>().LeadId)));
        return (schema, recorder);
    }

    private static ExecutorOptions WithScheduler() => new() { BatchDispatcherFactory = _ => new BatchScheduler() };

    [Fact]
    public async Task Should_load_the_fields_of_fifty_items_with_one_batch_per_loader_and_level()
    {
        var (schema, recorder) = Create();

        var result = await Run.Execute(schema, "{ users { id team { name lead { name } } tasks { id } } }", options: WithScheduler());

        Assert.Null(result.Errors);
        var users = (IReadOnlyList<object?>)result.Data!["users"]!;
        Assert.Equal(50, users.Count);
        var first = (IReadOnlyDictionary<string, object?>)users[0]!;
        Assert.Equal("team 1", ((IReadOnlyDictionary<string, object?>)first["team"]!)["name"]);
        Assert.Equal(2, ((IReadOnlyList<object?>)first["tasks"]!).Count);
        Assert.Equal(["teams(5)", "tasks(50)", "users(5)"], recorder.Batches);
    }

    [Fact]
    public async Task Should_dispatch_the_next_level_only_after_the_first_level_was_loaded()
    {
        var (schema, recorder) = Create();

        await Run.Execute(schema, "{ users { team { lead { name } } } }", options: WithScheduler());

        Assert.Equal(["teams(5)", "users(5)"], recorder.Batches);
    }

    [Fact]
    public async Task Should_find_the_scheduler_in_the_request_services()
    {
        var (schema, recorder) = Create();
        var scheduler = new BatchScheduler();
        var context = new RequestContext
        {
            Services = new SingleService(scheduler),
            ContextData = new Dictionary<string, object?> { [IBatchDispatcher.ContextDataKey] = scheduler },
        };

        var result = await Run.Execute(schema, "{ users { team { name } } }", context: context);

        Assert.Null(result.Errors);
        Assert.Equal(["teams(5)"], recorder.Batches);
    }

    [Fact]
    public async Task Should_report_a_failing_batch_as_errors_of_the_fields_that_waited_for_it()
    {
        var schema = Run.Sdl("type Query { items: [Item] } type Item { id: Int detail: String }", b => b
            .AddResolver("Query", "items", _ => new[] { 1, 2 })
            .AddResolver("Item", "id", c => c.Parent<int>())
            .AddResolver("Item", "detail", c => Loader(c, s => new FailingLoader(s)).LoadAsync(c.Parent<int>())));

        var json = await Run.Json(schema, "{ items { id detail } }", options: new ExecutorOptions { BatchDispatcherFactory = _ => new BatchScheduler(), IncludeExceptionDetails = true });

        Assert.Equal(Run.J("{'errors':[{'message':'database down','locations':[{'line':1,'column':14}],'path':['items',0,'detail'],'extensions':{'code':'UNEXPECTED_EXECUTION_ERROR'}},{'message':'database down','locations':[{'line':1,'column':14}],'path':['items',1,'detail'],'extensions':{'code':'UNEXPECTED_EXECUTION_ERROR'}}],'data':{'items':[{'id':1,'detail':null},{'id':2,'detail':null}]}}"), json);
    }

    private sealed class FailingLoader(BatchScheduler scheduler) : DataLoader<int, string>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
        {
            await Task.Yield();
            throw new InvalidOperationException("database down");
        }
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
