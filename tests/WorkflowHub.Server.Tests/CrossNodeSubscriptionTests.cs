using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>
/// Two servers on one PostgreSQL database behind a load balancer: a front end subscribed on one node must hear a change
/// another node committed (the database's LISTEN/NOTIFY carries it).
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class CrossNodeSubscriptionTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-cross-node-").FullName;
    private TestDatabase? _database;

    [PostgresFact]
    public async Task Should_deliver_to_a_subscriber_on_one_node_a_change_committed_on_the_other()
    {
        _database = TestDatabase.Create(_folder, provider: DatabaseProvider.Postgres);
        string[] admin = ["--WorkflowHub:Auth:AdminPassword", GraphQLTestServer.AdminPassword];
        await using var nodeA = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, admin);
        await using var nodeB = await ServerProcess.StartAsync(_database, _folder, Workflows.Folder, admin);
        using var a = new HttpClient { BaseAddress = nodeA.BaseAddress };
        var token = await AdminSignIn.TokenAsync(a);
        a.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var b = new HttpClient { BaseAddress = nodeB.BaseAddress };
        b.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var started = await (await a.PostAsJsonAsync("/api/engine/workflows/service-request/instances",
            new { input = new { title = "Broken street light", category = "general", orgUnitId = "grid-1" } })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = started!["instanceId"]!.GetValue<string>();

        var listening = NodeTools.RunAsync("sse-client.mjs", new Uri(nodeA.BaseAddress, "/graphql/stream").ToString(),
            $$"""subscription { workflowInstanceUpdated(id: "{{id}}") { id status } }""", "", "2", token);
        await Task.Delay(TimeSpan.FromSeconds(4)); // the client connects and receives the state as it is
        var cancelled = await (await b.PostAsJsonAsync("/graphql", new { query = $$"""mutation { cancelWorkflowInstance(id: "{{id}}", reason: "duplicate") { status } }""" }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var (exitCode, output, error) = await listening.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("CANCELLED", cancelled!["data"]!["cancelWorkflowInstance"]!["status"]!.GetValue<string>());
        Assert.True(exitCode == 0, $"sse client exit {exitCode}: {error}");
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["data"]!["workflowInstanceUpdated"]!).ToList();
        Assert.Equal(["RUNNING", "CANCELLED"], events.Select(e => e["status"]!.GetValue<string>()));
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
