using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

public sealed class BatchingTests
{
    private const string Batch = """[{"query":"mutation { increment }"},{"query":"{ counter }"},{"query":"{"}]""";

    [Fact]
    public async Task Should_refuse_a_batch_by_default_and_execute_nothing()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await PostAsync(host.CreateClient(), Batch);

        Assert.Equal(400, answer.Status);
        Assert.Equal(0, host.Counter.Value);
    }

    [Fact]
    public async Task Should_execute_a_batch_in_order_when_batching_is_enabled()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o => o.EnableBatching = true));
        var answer = await PostAsync(host.CreateClient(), Batch, accept: GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        var results = answer.Json;
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal(1, results[0].GetProperty("data").GetProperty("increment").GetInt32());
        Assert.Equal(1, results[1].GetProperty("data").GetProperty("counter").GetInt32());
        Assert.False(results[2].TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_PARSE_FAILED", results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_batch_larger_than_the_limit()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o =>
        {
            o.EnableBatching = true;
            o.MaxBatchSize = 2;
        }));
        var answer = await PostAsync(host.CreateClient(), Batch);

        Assert.Equal(400, answer.Status);
        Assert.Contains("at most 2", answer.FirstErrorMessage);
        Assert.Equal(0, host.Counter.Value);
    }
}
