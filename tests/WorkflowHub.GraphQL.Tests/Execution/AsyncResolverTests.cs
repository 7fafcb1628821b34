using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class AsyncResolverTests
{
    private sealed record Person(string Name, Task<string> Nickname);

    [Fact]
    public async Task Should_await_tasks_and_value_tasks_of_any_type_returned_by_resolvers()
    {
        var schema = Run.Sdl("type Query { task: Int valueTask: String completed: Int plain: String list: [Int] person: Person } type Person { name: String nickname: String }", b => b
            .AddResolver("Query", "task", async _ => { await Task.Delay(1); return (object?)1; })
            .AddResolver("Query", "valueTask", _ => SlowText())
            .AddResolver("Query", "completed", _ => Task.FromResult(3))
            .AddResolver("Query", "plain", _ => Task.Delay(1))
            .AddResolver("Query", "list", _ => new[] { Task.FromResult(4), Slow(5) })
            .AddResolver("Query", "person", _ => new Person("Ann", Task.Run(() => "Annie"))));

        Assert.Equal(
            Run.J("{'data':{'task':1,'valueTask':'two','completed':3,'plain':null,'list':[4,5],'person':{'name':'Ann','nickname':'Annie'}}}"),
            await Run.Json(schema, "{ task valueTask completed plain list person { name nickname } }"));

        static async ValueTask<string> SlowText()
        {
            await Task.Yield();
            return "two";
        }

        static async Task<int> Slow(int value)
        {
            await Task.Delay(1);
            return value;
        }
    }

    [Fact]
    public async Task Should_read_an_asynchronous_sequence_to_the_end_for_a_list_field()
    {
        var schema = Run.Sdl("type Query { numbers: [Int!]! names: [String] }", b => b
            .AddResolver("Query", "numbers", _ => Numbers())
            .AddResolver("Query", "names", _ => Names()));

        Assert.Equal(Run.J("{'data':{'numbers':[1,2,3],'names':['a',null]}}"), await Run.Json(schema, "{ numbers names }"));

        static async IAsyncEnumerable<int> Numbers()
        {
            for (var i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        static async IAsyncEnumerable<string?> Names()
        {
            await Task.Delay(1);
            yield return "a";
            yield return null;
        }
    }

    [Fact]
    public async Task Should_report_a_failing_asynchronous_resolver_as_a_field_error()
    {
        var schema = Run.Sdl("type Query { a: String b: String }", b => b
            .AddResolver("Query", "a", async _ =>
            {
                await Task.Yield();
                throw new WorkflowHub.GraphQL.Execution.GraphQLException("async failure");
            })
            .AddResolver("Query", "b", _ => "fine"));

        Assert.Equal(
            Run.J("{'errors':[{'message':'async failure','locations':[{'line':1,'column':3}],'path':['a']}],'data':{'a':null,'b':'fine'}}"),
            await Run.Json(schema, "{ a b }"));
    }

    [Fact]
    public async Task Should_run_continuations_one_at_a_time_so_resolvers_may_share_request_state()
    {
        var schema = Run.Sdl("type Query { items: [Int] }", b => b
            .AddResolver("Query", "items", c => Enumerable.Range(0, 200).Select(async i =>
            {
                await Task.Delay(1);
                var counter = (int)(c.ContextData.TryGetValue("n", out var n) ? n! : 0);
                c.ContextData["n"] = counter + 1;
                return i;
            }).ToList()));

        var context = new WorkflowHub.GraphQL.Execution.RequestContext();
        var result = await Run.Execute(schema, "{ items }", context: context);

        Assert.Null(result.Errors);
        Assert.Equal(200, context.ContextData["n"]);
    }
}
