using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using WorkflowHub.TestSupport;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>The npm graphql-http audit and the graphql-ws / graphql-sse clients against a real Kestrel server.</summary>
public sealed class NodeClientTests
{
    [Fact]
    public async Task Should_pass_the_graphql_http_audit_without_errors()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var (exitCode, output, error) = await NodeTools.RunAsync("audit.mjs", host.GraphQLUri.ToString());

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var failures = lines.Where(l => l.TryGetProperty("status", out var s) && s.GetString() == "error").Select(l => l.ToString()).ToList();
        Assert.True(exitCode == 0, $"audit exit {exitCode}: {error}\n{string.Join('\n', failures)}");
        Assert.Empty(failures);

        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("error").GetInt32());
        Assert.True(summary.GetProperty("ok").GetInt32() > 40, summary.ToString());

        // Every warning is explained in the project's README; a new one must be looked at.
        var warnings = lines.Where(l => l.TryGetProperty("status", out var s) && s.GetString() == "warn").ToList();
        var readme = await File.ReadAllTextAsync(Path.Combine(NodeTools.Folder, "..", "..", "src", "WorkflowHub.GraphQL.AspNetCore", "README.md"));
        foreach (var warning in warnings)
        {
            Assert.True(readme.Contains(warning.GetProperty("id").GetString()!, StringComparison.Ordinal), "README does not explain the audit warning " + warning);
        }
    }

    [Fact]
    public async Task Should_deliver_subscription_events_to_the_graphql_ws_client()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var url = new UriBuilder(host.GraphQLUri) { Scheme = "ws" }.Uri.ToString();
        var (exitCode, output, error) = await NodeTools.RunAsync("ws-client.mjs", url, "subscription($n: Int) { ticks(count: $n) }", """{"n":3}""", "3");

        Assert.True(exitCode == 0, $"ws-client exit {exitCode}: {error}");
        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], Lines(output));
    }

    [Fact]
    public async Task Should_complete_the_graphql_ws_client_when_the_stream_ends()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var url = new UriBuilder(host.GraphQLUri) { Scheme = "ws" }.Uri.ToString();
        var (exitCode, output, error) = await NodeTools.RunAsync("ws-client.mjs", url, "subscription { ticks(count: 2) }", "", "10");

        Assert.True(exitCode == 0, $"ws-client exit {exitCode}: {error}");
        Assert.Equal(2, Lines(output).Count);
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/stream")]
    public async Task Should_deliver_subscription_events_to_the_graphql_sse_client(string path)
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var (exitCode, output, error) = await NodeTools.RunAsync("sse-client.mjs", new Uri(host.BaseAddress, path).ToString(), "subscription { ticks(count: 3) }", "", "5");

        Assert.True(exitCode == 0, $"sse-client exit {exitCode}: {error}");
        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], Lines(output));
    }

    [Fact]
    public async Task Should_deliver_a_validation_error_to_the_graphql_sse_client_as_an_event()
    {
        await using var host = await GraphQLTestHost.StartKestrelAsync();
        var (exitCode, output, error) = await NodeTools.RunAsync("sse-client.mjs", host.GraphQLUri.ToString(), "subscription { nope }", "", "1");

        Assert.True(exitCode == 0, $"sse-client exit {exitCode}: {error}");
        var result = JsonDocument.Parse(Lines(output).Single()).RootElement;
        Assert.Contains("nope", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
