using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// Real clients on a real server process: the npm graphql-ws and graphql-sse clients subscribe to
/// workflowInstanceUpdated while a service request is worked on over HTTP.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class LiveUpdatesTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-live-").FullName;
    private TestDatabase _database = null!;
    private ServerProcess _server = null!;
    private HttpClient _http = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(_folder);
        _server = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder,
            "--WorkflowHub:Auth:AdminPassword", GraphQLTestServer.AdminPassword);
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
        _token = await AdminSignIn.TokenAsync(_http);
        _http.DefaultRequestHeaders.Authorization = new("Bearer", _token);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("ws-client.mjs")]
    [InlineData("sse-client.mjs")]
    public async Task Should_push_each_change_of_a_running_service_request_to_a_subscribed_client(string client)
    {
        var started = await GraphQLAsync("""
            mutation($input: JSON) { startWorkflow(definitionId: "service-request", input: $input) { instanceId instance { openTasks { id outcomes } } } }
            """, new { input = new { title = "Broken street light", category = "general", orgUnitId = "grid-1" } });
        var id = started["startWorkflow"]!["instanceId"]!.GetValue<string>();
        var task = started["startWorkflow"]!["instance"]!["openTasks"]![0]!;
        var url = client == "ws-client.mjs"
            ? new UriBuilder(_server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri.ToString()
            : new Uri(_server.BaseAddress, "/graphql/stream").ToString();

        // The subscription answers the state now, then every committed change: wait for two events.
        var listening = NodeTools.RunAsync(client, url, $$"""subscription { workflowInstanceUpdated(id: "{{id}}") { id businessStatus openTasks { activityId } } }""", "", "2", _token);
        var first = await WaitForActivityAsync(id, task["id"]!.GetValue<string>());
        // The change comes through the operators' door: the admin holds no dispatcher role for completeTask's inbox.
        (await _http.PostAsJsonAsync($"/api/engine/tasks/{task["id"]!.GetValue<string>()}/complete",
            new { outcome = task["outcomes"]![0]!.GetValue<string>(), data = new { handlingUnitId = "grid-1" } })).EnsureSuccessStatusCode();
        var (exitCode, output, error) = await listening;

        Assert.True(exitCode == 0, $"{client} exit {exitCode}: {error}");
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["data"]!["workflowInstanceUpdated"]!).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(id, e["id"]!.GetValue<string>()));
        Assert.Equal(first, events[0]["openTasks"]![0]!["activityId"]!.GetValue<string>());
        Assert.NotEqual(events[0].ToJsonString(), events[1].ToJsonString());
    }

    private async Task<string> WaitForActivityAsync(string instanceId, string taskId)
    {
        // Give the client time to connect and receive its first event before the change happens.
        await Task.Delay(TimeSpan.FromSeconds(4));
        var data = await GraphQLAsync($$"""{ workflowInstance(id: "{{instanceId}}") { openTasks { id activityId } } }""");
        return data["workflowInstance"]!["openTasks"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == taskId)!["activityId"]!.GetValue<string>();
    }

    private async Task<JsonNode> GraphQLAsync(string query, object? variables = null)
    {
        var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
