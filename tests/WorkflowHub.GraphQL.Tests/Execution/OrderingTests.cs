using System.Collections.Concurrent;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class OrderingTests
{
    [Fact]
    public async Task Should_execute_mutation_fields_one_after_another()
    {
        var log = new ConcurrentQueue<string>();
        var number = 0;
        var schema = Run.Sdl("""
            type Query { n: Int }
            type Mutation { set(to: Int!, delayMs: Int!): Result }
            type Result { value: Int later: Int }
            """, b => b
            .AddResolver("Mutation", "set", async c =>
            {
                var to = c.ArgumentValue<int>("to");
                log.Enqueue("start " + to);
                await Task.Delay(c.ArgumentValue<int>("delayMs"));
                number = to;
                log.Enqueue("end " + to);
                return (object?)to;
            })
            .AddResolver("Result", "value", c => c.Parent<int>())
            .AddResolver("Result", "later", async c =>
            {
                await Task.Delay(10);
                log.Enqueue("later " + c.Parent<int>());
                return (object?)number;
            }));

        var json = await Run.Json(schema, "mutation { a: set(to: 1, delayMs: 40) { value later } b: set(to: 2, delayMs: 1) { value later } }");

        Assert.Equal(Run.J("{'data':{'a':{'value':1,'later':1},'b':{'value':2,'later':2}}}"), json);
        Assert.Equal(["start 1", "end 1", "later 1", "start 2", "end 2", "later 2"], log);
    }

    [Fact]
    public async Task Should_run_sibling_query_fields_concurrently_when_their_resolvers_wait()
    {
        var first = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Run.Sdl("type Query { a: String b: String }", b => b
            .AddResolver("Query", "a", async _ =>
            {
                second.TrySetResult("b done"); // b can only finish because a started before b finished
                return await first.Task;
            })
            .AddResolver("Query", "b", async _ =>
            {
                var value = await second.Task;
                first.TrySetResult("a done");
                return value;
            }));

        var json = await Run.Json(schema, "{ a b }");

        Assert.Equal(Run.J("{'data':{'a':'a done','b':'b done'}}"), json);
    }

    [Fact]
    public async Task Should_keep_selection_order_when_async_fields_finish_in_another_order()
    {
        var schema = Run.Sdl("type Query { slow: Int fast: Int sync: Int }", b => b
            .AddResolver("Query", "slow", async _ => { await Task.Delay(30); return (object?)1; })
            .AddResolver("Query", "fast", async _ => { await Task.Yield(); return (object?)2; })
            .AddResolver("Query", "sync", _ => 3));

        Assert.Equal(Run.J("{'data':{'slow':1,'fast':2,'sync':3}}"), await Run.Json(schema, "{ slow fast sync }"));
    }
}
