using System.Text.RegularExpressions;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.GraphiQL;

public sealed class GraphiQLTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Should_serve_graphiql_to_a_browser_from_the_embedded_bundle()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var page = await GetAsync(host.CreateClient(), "/graphql", BrowserAccept);

        Assert.Equal(200, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Contains("<base href=\"/graphql/\">", page.Body);
        Assert.Contains("<meta name=\"graphql-endpoint\" content=\"/graphql\">", page.Body);
        Assert.DoesNotContain("https://", page.Body);
        Assert.DoesNotContain("http://", page.Body);

        var script = Regex.Match(page.Body, "src=\"\\./(graphiql-assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        var asset = await GetAsync(host.CreateClient(), "/graphql/" + script);
        Assert.Equal(200, asset.Status);
        Assert.Contains("javascript", asset.ContentType);
        Assert.True(asset.Body.Length > 100_000, "the GraphiQL bundle is served whole");
        Assert.Contains("meta[name=\"graphql-endpoint\"]", asset.Body);
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_asset()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var missing = await GetAsync(host.CreateClient(), "/graphql/graphiql-assets/nope.js");
        var escape = await GetAsync(host.CreateClient(), "/graphql/graphiql-assets/..%2Findex.html");

        Assert.Equal(404, missing.Status);
        Assert.Equal(404, escape.Status);
    }

    [Fact]
    public async Task Should_not_serve_graphiql_to_api_clients_or_when_switched_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.ModifyServerOptions(o => o.EnableGraphiQL = false));
        var browser = await GetAsync(host.CreateClient(), "/graphql", BrowserAccept);
        await using var enabled = await GraphQLTestHost.StartAsync();
        var api = await GetAsync(enabled.CreateClient(), "/graphql", "application/json");

        Assert.DoesNotContain("<html", browser.Body);
        Assert.Equal("application/json; charset=utf-8", api.ContentType);
    }

    [Fact]
    public async Task Should_answer_a_browser_get_with_a_query_as_graphql()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        var answer = await GetAsync(host.CreateClient(), Get("{ hello }"), BrowserAccept);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        Assert.Equal("Hello world", answer.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
