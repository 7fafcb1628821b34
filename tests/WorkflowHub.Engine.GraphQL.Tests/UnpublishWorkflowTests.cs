namespace WorkflowHub.Engine.GraphQL.Tests;

public sealed class UnpublishWorkflowTests
{
    private const string Unpublish = """
        mutation Unpublish($id: String!) { unpublishWorkflow(definitionId: $id) { definitionId retiredVersions versions { version status } } }
        """;

    [Fact]
    public async Task Should_retire_every_published_version_and_refuse_new_starts_while_running_instances_show_their_retired_version()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var started = await api.RunAsync("""mutation { startWorkflow(definitionId: "two-steps", input: { title: "Leak" }) { instance { id definition { status } } } }""");
        var instanceId = started["data"]!["startWorkflow"]!["instance"]!["id"]!.GetValue<string>();
        Assert.Equal("PUBLISHED", started["data"]!["startWorkflow"]!["instance"]!["definition"]!["status"]!.GetValue<string>());

        var unpublished = await api.RunAsync(Unpublish, new { id = "two-steps" });
        var startAgain = await api.RunAsync("""mutation { startWorkflow(definitionId: "two-steps") { instanceId } }""");
        var instance = await api.RunAsync("query($id: UUID!) { workflowInstance(id: $id) { status definition { status } } }", new { id = instanceId });

        Assert.True(unpublished["errors"] is null, unpublished.ToJsonString());
        var payload = unpublished["data"]!["unpublishWorkflow"]!;
        Assert.Equal(2, payload["retiredVersions"]!.GetValue<int>());
        Assert.Equal(["RETIRED", "RETIRED"], payload["versions"]!.AsArray().Select(v => v!["status"]!.GetValue<string>()));
        Assert.Equal("NOT_FOUND", startAgain["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("RUNNING", instance["data"]!["workflowInstance"]!["status"]!.GetValue<string>());
        Assert.Equal("RETIRED", instance["data"]!["workflowInstance"]!["definition"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_answer_an_unknown_definition_id_with_not_found()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync(Unpublish, new { id = "no-such-workflow" });

        var error = result["errors"]![0]!;
        Assert.Equal("NOT_FOUND", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("no-such-workflow", error["message"]!.GetValue<string>());
        Assert.Equal(["unpublishWorkflow"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(result["data"]);
    }
}
