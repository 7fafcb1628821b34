using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Http;

public sealed class GetRequestTests
{
    [Fact]
    public async Task Should_execute_a_query_sent_with_get()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), Get("{ hello }"), GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.Equal("Hello world", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_read_url_encoded_json_variables_on_get()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var url = Get("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"Ada"}""");
        var answer = await GetAsync(host.CreateClient(), url);

        Assert.Equal(200, answer.Status);
        Assert.Equal("Hello Ada", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("&variables=%7Bnot")]
    [InlineData("&variables=%5B1%5D")]
    [InlineData("&extensions=42")]
    [InlineData("&query=%7B%20hello%20%7D")]
    public async Task Should_answer_400_for_malformed_get_parameters(string extra)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), Get("{ hello }") + extra);

        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_REQUEST", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task Should_refuse_a_mutation_sent_with_get_with_405_and_not_execute_it(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), Get("mutation { increment }"), accept);

        Assert.Equal(405, answer.Status);
        Assert.Equal("POST", answer.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", answer.FirstErrorCode);
        Assert.Equal(0, host.Counter.Value);
    }

    [Fact]
    public async Task Should_refuse_get_when_get_requests_are_switched_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o => o.EnableGetRequests = false));
        var answer = await GetAsync(host.CreateClient(), Get("{ hello }"));

        Assert.Equal(405, answer.Status);
        Assert.Equal("POST", answer.Allow);
    }

    [Fact]
    public async Task Should_answer_400_for_a_get_without_query()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), "/graphql", "application/json");

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task Should_serve_the_schema_as_sdl()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), "/graphql?sdl");

        Assert.Equal(200, answer.Status);
        Assert.Equal("text/plain; charset=utf-8", answer.ContentType);
        Assert.Contains("type Query {", answer.Body);
        Assert.Contains("directive @cost(weight: String!)", answer.Body);
    }

    [Fact]
    public async Task Should_not_serve_sdl_when_switched_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o => o.EnableSchemaRequests = false));
        var answer = await GetAsync(host.CreateClient(), "/graphql?sdl");

        Assert.DoesNotContain("type Query", answer.Body);
        Assert.Equal(400, answer.Status);
    }
}
