using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private sealed record Message(string Body, int Room);

    private const string Sdl = """
        type Query { hello: String }
        type Subscription { messages(room: Int!): Message counter: Int! }
        type Message { body: String! room: Int! }
        """;

    private static async IAsyncEnumerable<object?> Messages(int room, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Delay(1, cancellationToken);
            yield return new Message("m" + i, room);
        }
    }

    private static async Task<List<string>> ReadAll(object outcome)
    {
        var stream = Assert.IsType<ResponseStream>(outcome);
        var results = new List<string>();
        await using (stream)
        {
            await foreach (var result in stream.ReadResultsAsync())
            {
                results.Add(ResultJson.ToJson(result));
            }
        }

        return results;
    }

    [Fact]
    public async Task Should_execute_the_selection_for_every_event_with_the_event_as_the_field_value()
    {
        var schema = Run.Sdl(Sdl, b => b.AddSubscriber("Subscription", "messages", c => new(Messages(c.ArgumentValue<int>("room"), 2))));

        var outcome = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: 7) { body room } }"));

        Assert.Equal(
            [Run.J("{'data':{'messages':{'body':'m1','room':7}}}"), Run.J("{'data':{'messages':{'body':'m2','room':7}}}")],
            await ReadAll(outcome));
    }

    [Fact]
    public async Task Should_give_each_event_to_the_field_resolver_as_parent_when_one_is_bound()
    {
        var schema = Run.Sdl(Sdl, b => b
            .AddSubscriber("Subscription", "counter", _ => new(Numbers()))
            .AddResolver("Subscription", "counter", c => c.Parent<int>() == 2 ? null : c.ParentValue));

        var results = await ReadAll(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { counter }")));

        Assert.Equal(
            [
                Run.J("{'data':{'counter':1}}"),
                Run.J("{'errors':[{'message':'Cannot return null for non-nullable field Subscription.counter.','locations':[{'line':1,'column':16}],'path':['counter']}],'data':null}"),
                Run.J("{'data':{'counter':3}}"),
            ],
            results);

        static async IAsyncEnumerable<object?> Numbers()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }

    [Fact]
    public async Task Should_fail_the_request_without_data_when_the_stream_cannot_be_created()
    {
        var schema = Run.Sdl(Sdl, b => b.AddSubscriber("Subscription", "messages", _ => throw new GraphQLException("No such room.", "ROOM_NOT_FOUND")));

        var outcome = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: 1) { body } }"));

        Assert.Equal(
            Run.J("{'errors':[{'message':'No such room.','locations':[{'line':1,'column':16}],'path':['messages'],'extensions':{'code':'ROOM_NOT_FOUND'}}]}"),
            ResultJson.ToJson(Assert.IsType<ExecutionResult>(outcome)));
    }

    [Fact]
    public async Task Should_report_argument_errors_before_subscribing()
    {
        var subscribed = false;
        var schema = Run.Sdl(Sdl, b => b.AddSubscriber("Subscription", "messages", _ =>
        {
            subscribed = true;
            return new(Messages(1, 1));
        }));

        var outcome = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription($r: Int!) { messages(room: $r) { body } }", null, Run.Vars("{\"r\":\"x\"}")));

        Assert.False(Assert.IsType<ExecutionResult>(outcome).HasData);
        Assert.False(subscribed);
    }

    [Fact]
    public async Task Should_end_the_response_stream_with_an_error_when_the_source_stream_fails()
    {
        var schema = Run.Sdl(Sdl, b => b.AddSubscriber("Subscription", "messages", _ => new(Failing())));

        var results = await ReadAll(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: 1) { body } }")));

        Assert.Equal(
            [
                Run.J("{'data':{'messages':{'body':'first'}}}"),
                Run.J("{'errors':[{'message':'feed lost','locations':[{'line':1,'column':16}],'path':['messages']}]}"),
            ],
            results);

        static async IAsyncEnumerable<object?> Failing()
        {
            await Task.Yield();
            yield return new Message("first", 1);
            throw new GraphQLException("feed lost");
        }
    }

    [Fact]
    public async Task Should_stop_the_source_stream_when_the_reader_cancels()
    {
        var source = new EndlessSource();
        var schema = Run.Sdl(Sdl, b => b.AddSubscriber("Subscription", "messages", _ => new(source.Read())));
        var stream = (ResponseStream)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: 1) { body } }"));
        using var cancel = new CancellationTokenSource();

        var read = 0;
        await foreach (var _ in stream.ReadResultsAsync(cancel.Token))
        {
            if (++read == 3)
            {
                cancel.Cancel();
            }
        }

        await stream.DisposeAsync();
        Assert.Equal(3, read);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Should_resolve_a_subscription_field_without_subscriber_from_the_root_value_stream()
    {
        var schema = Run.Sdl(Sdl);
        var root = new Dictionary<string, object?> { ["counter"] = Numbers() };

        var results = await ReadAll(await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { counter }"), new RequestContext { RootValue = root }));

        Assert.Equal([Run.J("{'data':{'counter':5}}")], results);

        static async IAsyncEnumerable<object?> Numbers()
        {
            await Task.Yield();
            yield return new Dictionary<string, object?> { ["counter"] = 5 };
        }
    }

    private sealed class EndlessSource
    {
        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<object?> Read([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    await Task.Delay(1, cancellationToken);
                    yield return new Message("m" + i, 1);
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
