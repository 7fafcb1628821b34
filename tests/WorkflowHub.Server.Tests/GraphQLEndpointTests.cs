using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>The server's /graphql over real HTTP handling: the built-in workflows driven end to end.</summary>
public sealed class GraphQLEndpointTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-graphql-").FullName;
    private WebApplicationFactory<Program> _factory = null!;
    private TestDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.Create(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSettings(_database.Settings)
            .UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
            .UseSetting("WorkflowHub:Auth:AdminPassword", GraphQLTestServer.AdminPassword));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<JsonObject> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task Should_list_the_built_in_definitions_and_run_a_service_request_through_graphql()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await AdminSignIn.TokenAsync(client));

        var definitions = await PostAsync(client, "{ workflowDefinitions { definitionId version status } }");
        var started = await PostAsync(client, """
            mutation($input: JSON) { startWorkflow(definitionId: "service-request", input: $input, businessKey: "SR-1") {
              instance { id status businessStatus openTasks { id activityId outcomes } } } }
            """, new { input = new { title = "Water leak in building 3", category = "utilities", orgUnitId = "grid-1" } });

        Assert.Equal(["escalation", "pledge-review", "service-request"],
            definitions["data"]!["workflowDefinitions"]!.AsArray().Select(d => d!["definitionId"]!.GetValue<string>()));
        Assert.True(started["errors"] is null, started.ToJsonString());
        var instance = started["data"]!["startWorkflow"]!["instance"]!;
        Assert.Equal("RUNNING", instance["status"]!.GetValue<string>());
        Assert.NotEmpty(instance["openTasks"]!.AsArray());

        var listed = await PostAsync(client, """{ workflowInstances(first: 5, where: { businessKey: { eq: "SR-1" } }) { totalCount nodes { id } } }""");
        Assert.Equal(1, listed["data"]!["workflowInstances"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_serve_the_schema_as_sdl_and_refuse_a_mutation_over_get()
    {
        var client = _factory.CreateClient();

        var sdl = await client.GetStringAsync("/graphql?sdl");
        var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { sendSignal(name: \"x\") }"));

        Assert.Contains("type WorkflowInstance", sdl);
        Assert.Contains("workflowInstanceUpdated(id: UUID!): WorkflowInstance", sdl);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task Should_answer_bad_input_with_a_located_error_not_a_server_error()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("""{ "query": "{ workflowInstances(first: 5) { nodes { nope } } }" }""", Encoding.UTF8, "application/json"));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nope", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(1, body["errors"]![0]!["locations"]![0]!["line"]!.GetValue<int>());
    }
}
