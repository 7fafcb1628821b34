using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Hostile;

/// <summary>Definitions an admin (or a stolen admin token) uploads: scripts that never end or fill memory, and JSON of the wrong shape.</summary>
public sealed class HostileWorkflowTests : IAsyncLifetime
{
    private readonly AuthServer _server = HostileServer.Create();
    private string _admin = null!;

    public async Task InitializeAsync() => _admin = await _server.LoginAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("loop", "while (true) { }", "limit")]
    [InlineData("recurse", "function f(n) { return f(n + 1) + 1; } f(0);", "recursion limit")]
    [InlineData("allocate", "var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; } variables.n = s.length;", "memory limit")]
    [InlineData("grow", "var a = []; for (;;) { a.push({ i: a.length, s: 'text' }); }", "limit")]
    public async Task Should_fault_a_workflow_whose_script_runs_away_and_stay_up(string id, string script, string reason)
    {
        await PublishAsync(id, script);

        var started = await _server.GraphQLAsync("mutation($id: String!) { startWorkflow(definitionId: $id) { instance { status incidents { message } } } }", new { id }, bearer: _admin);

        var instance = started["data"]!["startWorkflow"]!["instance"]!;
        Assert.Equal("FAULTED", instance["status"]!.GetValue<string>());
        Assert.Contains(reason, instance["incidents"]![0]!["message"]!.GetValue<string>());
        using var client = _server.Client();
        await Answers.AssertHealthyAsync(client);
        await PublishAsync("fine", "variables.ok = true;");
        var fine = await _server.GraphQLAsync("mutation { startWorkflow(definitionId: \"fine\") { instance { status } } }", bearer: _admin);
        Assert.Equal("COMPLETED", fine["data"]!["startWorkflow"]!["instance"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "definitionId": 5, "name": "x", "activities": [], "connections": [] }""", "$.definitionId")]
    [InlineData("""{ "definitionId": "wrong", "name": "x", "activities": "start", "connections": [] }""", "$.activities")]
    [InlineData("""{ "definitionId": "wrong", "name": "x", "activities": [ { "id": 1, "type": "Start" } ], "connections": [] }""", "$.activities[0].id")]
    [InlineData("""{ "definitionId": "wrong", "name": "x", "activities": [ { "id": "start", "type": "Start" }, { "id": "t", "type": "HumanTask", "properties": { "title": "T", "outcomes": "Done", "deadline": "two hours" } } ], "connections": [ { "from": "start", "to": "t" } ] }""", "$.activities[1].properties")]
    [InlineData("""{ "definitionId": "wrong", "name": "x", "activities": [ { "id": "start", "type": "Start" } ], "connections": [ { "from": "start", "to": 7 } ] }""", "$.connections[0]")]
    [InlineData("""[ "not", "an", "object" ]""", "$")]
    [InlineData("\"just a string\"", "$")]
    public async Task Should_refuse_a_definition_of_the_wrong_shape_with_json_paths_and_store_nothing(string definition, string path)
    {
        var before = await CountAsync();

        var saved = await _server.GraphQLAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = JsonNode.Parse(definition) }, bearer: _admin);

        Assert.Equal("WORKFLOW_DEFINITION_INVALID", AuthServer.Code(saved));
        var paths = saved["errors"]![0]!["extensions"]!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains(paths, p => p.StartsWith(path, StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    private Task<int> CountAsync() => _server.QueryAsync(db => db.Definitions.CountAsync());

    private async Task PublishAsync(string id, string script)
    {
        var definition = new JsonObject
        {
            ["definitionId"] = id,
            ["name"] = id,
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start", ["type"] = "Start" },
                new JsonObject { ["id"] = "run", ["type"] = "Script", ["properties"] = new JsonObject { ["script"] = script } },
                new JsonObject { ["id"] = "end", ["type"] = "End" }),
            ["connections"] = new JsonArray(
                new JsonObject { ["from"] = "start", ["to"] = "run" },
                new JsonObject { ["from"] = "run", ["to"] = "end" }),
        };
        var saved = await _server.GraphQLAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = definition }, bearer: _admin);
        Assert.True(saved["errors"] is null, saved.ToJsonString());
        var published = await _server.GraphQLAsync("mutation($id: String!) { publishWorkflow(definitionId: $id) { version } }", new { id }, bearer: _admin);
        Assert.True(published["errors"] is null, published.ToJsonString());
    }
}
