using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Hostile;

public sealed class OversizedRequestTests : IAsyncLifetime
{
    private readonly AuthServer _server = HostileServer.Create();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _server.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Should_refuse_a_query_nested_past_the_depth_limit_before_running_it()
    {
        var query = "{ orgUnit(id: \"u\") { " + string.Concat(Enumerable.Repeat("parent { ", 30)) + "id" + new string('}', 31) + " }";

        var body = await RefusedAsync(new { query });

        Assert.Equal("MAX_DEPTH_EXCEEDED", Code(body));
    }

    [Fact]
    public async Task Should_answer_a_document_nested_twenty_thousand_levels_with_an_error_not_a_crash()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 20_000)) + new string('}', 20_000);

        var body = await RefusedAsync(new { query });

        Assert.NotNull(Code(body));
    }

    [Fact]
    public async Task Should_refuse_a_wide_query_over_the_cost_limit()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 500).Select(i => $"a{i}: workflowInstances(first: 50) {{ nodes {{ id openTasks {{ id }} }} }}"));

        var body = await RefusedAsync(new { query = "{ " + fields + " }" });

        Assert.Equal("MAX_COST_EXCEEDED", Code(body));
    }

    [Fact]
    public async Task Should_answer_ten_thousand_aliases_of_a_cheap_field_without_trouble()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename"));

        var response = await _client.PostAsJsonAsync("/graphql", new { query = "{ " + fields + " }" });

        Assert.Null(await Answers.ProblemAsync(response, "10,000 aliases"));
    }

    [Fact]
    public async Task Should_take_a_huge_variable_under_the_body_limit_as_data_and_nothing_more()
    {
        var huge = new string('x', 3 * 1024 * 1024);

        var response = await _client.PostAsJsonAsync("/graphql", new { query = "query($id: String!) { workflowDefinition(definitionId: $id) { name } }", variables = new { id = huge } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["data"]!["workflowDefinition"]);
        await Answers.AssertHealthyAsync(_client);
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_size_limit_with_413_before_reading_it_whole()
    {
        var body = "{\"query\": \"{ me { kind } }\", \"variables\": {\"x\": \"" + new string('x', 5 * 1024 * 1024) + "\"}}";

        var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", Code(json));
    }

    [Fact]
    public async Task Should_refuse_variables_nested_ten_thousand_levels_deep_as_a_bad_request()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);
        var body = "{\"query\": \"query($v: JSON) { __typename }\", \"variables\": {\"v\": " + nested + "}}";

        var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Null(await Answers.ProblemAsync(response, "deep variables"));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        await Answers.AssertHealthyAsync(_client);
    }

    [Fact]
    public async Task Should_answer_a_list_variable_of_half_a_million_items_with_a_clear_error()
    {
        var ids = string.Join(",", Enumerable.Repeat("\"x\"", 500_000));
        var body = "{\"query\": \"query($ids: [String!]) { workflowInstances(first: 1, where: { businessKey: { in: $ids } }) { nodes { id } } }\", \"variables\": {\"ids\": [" + ids + "]}}";

        var response = await _client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Null(await Answers.ProblemAsync(response, "half a million ids"));
        await Answers.AssertHealthyAsync(_client);
    }

    private async Task<JsonObject> RefusedAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/graphql", request);
        Assert.Null(await Answers.ProblemAsync(response, "oversized"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Null(body["data"]);
        return body;
    }

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
