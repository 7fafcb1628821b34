using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Authorization;

public sealed class DefinitionAdminTests : IAsyncLifetime
{
    private const string Draft = """
        { "definitionId": "two-steps", "name": "Two steps",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "done", "type": "End" } ],
          "connections": [ { "from": "start", "to": "done" } ] }
        """;

    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<int> StoredVersionsAsync() => _server.QueryAsync(db => db.Definitions.CountAsync());

    [Fact]
    public async Task Should_refuse_a_non_admin_editing_publishing_or_retiring_definitions_and_write_nothing()
    {
        var worker = await _server.StaffAsync("worker-1", "worker password 1", "grid-worker", "street-officer");
        var before = await StoredVersionsAsync();

        var save = await _server.GraphQLAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId } }", new { d = System.Text.Json.Nodes.JsonNode.Parse(Draft) }, worker);
        var publish = await _server.GraphQLAsync("mutation { publishWorkflow(definitionId: \"service-request\") { version } }", bearer: worker);
        var unpublish = await _server.GraphQLAsync("mutation { unpublishWorkflow(definitionId: \"service-request\") { retiredVersions } }", bearer: worker);
        var anonymous = await _server.GraphQLAsync("mutation { publishWorkflow(definitionId: \"service-request\") { version } }");

        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(save));
        Assert.Equal(["saveWorkflowDraft"], save["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(publish));
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(unpublish));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", AuthServer.Code(anonymous));
        Assert.Equal(before, await StoredVersionsAsync());
        Assert.Equal(0, await _server.QueryAsync(db => db.Definitions.CountAsync(d => d.DefinitionId == "two-steps")));
    }

    [Fact]
    public async Task Should_let_a_workflow_admin_save_and_publish()
    {
        var admin = await _server.LoginAsync();

        var result = await _server.GraphQLAsync("""
            mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId } publishWorkflow(definitionId: "two-steps") { version } }
            """, new { d = System.Text.Json.Nodes.JsonNode.Parse(Draft) }, admin);

        Assert.True(result["errors"] is null, result.ToJsonString());
        Assert.Equal(1, result["data"]!["publishWorkflow"]!["version"]!.GetValue<int>());
    }
}
