using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class CancellationTests
{
    [Fact]
    public async Task Should_end_with_a_timeout_error_and_cancel_resolvers_when_execution_takes_too_long()
    {
        var resolverSawCancellation = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Run.Sdl("type Query { slow: String }", b => b.AddResolver("Query", "slow", async c =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
                return (object?)"done";
            }
            catch (OperationCanceledException)
            {
                resolverSawCancellation.TrySetResult(true);
                throw;
            }
        }));

        var result = await Run.Execute(schema, "{ slow }", options: new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.ExecutionTimeout, error.Code);
        Assert.Equal("The request exceeded the execution timeout of 00:00:00.1000000.", error.Message);
        Assert.True(await resolverSawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Should_time_out_even_when_a_resolver_ignores_cancellation()
    {
        var schema = Run.Sdl("type Query { stuck: String }", b => b.AddResolver("Query", "stuck", _ => new TaskCompletionSource<object?>().Task));

        var result = await Run.Execute(schema, "{ stuck }", options: new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(ErrorCodes.ExecutionTimeout, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Should_stop_when_the_client_goes_away()
    {
        using var aborted = new CancellationTokenSource();
        var schema = Run.Sdl("type Query { slow: String }", b => b.AddResolver("Query", "slow", async c =>
        {
            aborted.Cancel();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            return (object?)"done";
        }));

        var result = await Run.Execute(schema, "{ slow }", context: new RequestContext { RequestAborted = aborted.Token });

        Assert.Equal(ErrorCodes.RequestCancelled, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Should_stop_a_long_synchronous_execution_at_the_timeout()
    {
        var schema = Run.Sdl("type Query { items: [Item] } type Item { value: Int }", b => b
            .AddResolver("Query", "items", _ => Enumerable.Range(0, 1_000_000))
            .AddResolver("Item", "value", c =>
            {
                Thread.SpinWait(2000);
                return c.ParentValue;
            }));

        var result = await Run.Execute(schema, "{ items { value } }", options: new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(ErrorCodes.ExecutionTimeout, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Should_turn_a_failing_document_rule_into_an_error_instead_of_throwing()
    {
        var schema = Run.Sdl("type Query { a: String }");
        var executor = new RequestExecutor(schema, new ExecutorOptions { DocumentRules = { new ThrowingRule() } });

        var result = (ExecutionResult)await executor.ExecuteAsync(executor.Prepare(new GraphQLRequest("{ a }")), new RequestContext());

        Assert.Equal(ErrorCodes.UnexpectedExecutionError, Assert.Single(result.Errors!).Code);
    }

    private sealed class ThrowingRule : IDocumentRule
    {
        public IEnumerable<GraphQLError> Check(Schema schema, WorkflowHub.GraphQL.Language.DocumentNode document, WorkflowHub.GraphQL.Language.OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables) =>
            throw new InvalidOperationException("rule bug");
    }
}
