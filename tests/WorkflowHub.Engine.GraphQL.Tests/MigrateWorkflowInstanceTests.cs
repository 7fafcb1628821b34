using System.Security.Claims;
using System.Text.Json.Nodes;

namespace WorkflowHub.Engine.GraphQL.Tests;

public sealed class MigrateWorkflowInstanceTests
{
    private const string Migrate = """
        mutation Migrate($id: UUID!, $to: Int!, $dry: Boolean!) {
          migrateWorkflowInstance(id: $id, toVersion: $to, dryRun: $dry) {
            fromVersion toVersion dryRun migrated canMigrate
            waits { kind activityId activityType detail maps problem }
            addedVariables { name default }
            problems { path message }
            instance { version journal(first: 100) { event actor data } }
          }
        }
        """;

    private static readonly string TwoStepsWithPriority = EngineGraphQL.TwoStepFlow.Replace(
        "\"variables\": [ { \"name\": \"title\", \"type\": \"string\" } ]",
        "\"variables\": [ { \"name\": \"title\", \"type\": \"string\" }, { \"name\": \"priority\", \"type\": \"string\", \"default\": \"normal\" } ]");

    private static readonly string TwoStepsRenamed = EngineGraphQL.TwoStepFlow.Replace("\"sign\"", "\"signFor\"");

    private static async Task<string> StartAsync(EngineGraphQL api)
    {
        var started = await api.RunAsync("""mutation { startWorkflow(definitionId: "two-steps", input: { title: "Leak" }) { instanceId } }""");
        return started["data"]!["startWorkflow"]!["instanceId"]!.GetValue<string>();
    }

    [Fact]
    public async Task Should_report_a_dry_run_and_then_move_the_instance_writing_who_moved_it()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var id = await StartAsync(api);
        await api.Engine.Definitions.SaveAndPublishAsync(TwoStepsWithPriority);

        var dry = (await api.RunAsync(Migrate, new { id, to = 2, dry = true }))["data"]!["migrateWorkflowInstance"]!;
        var moved = (await api.RunAsync(Migrate, new { id, to = 2, dry = false }))["data"]!["migrateWorkflowInstance"]!;

        Assert.Equal((false, true, 1), (dry["migrated"]!.GetValue<bool>(), dry["canMigrate"]!.GetValue<bool>(), dry["instance"]!["version"]!.GetValue<int>()));
        Assert.Equal(["TASK:sign:True", "TIMER:sign:True"],
            dry["waits"]!.AsArray().Select(w => $"{w!["kind"]}:{w["activityId"]}:{w["maps"]!.GetValue<bool>()}").Order());
        Assert.Equal("""[{"name":"priority","default":"normal"}]""", dry["addedVariables"]!.ToJsonString());
        Assert.True(moved["migrated"]!.GetValue<bool>());
        Assert.Equal(2, moved["instance"]!["version"]!.GetValue<int>());
        var last = moved["instance"]!["journal"]!.AsArray().Last()!;
        Assert.Equal(("InstanceMigrated", "admin"), (last["event"]!.GetValue<string>(), last["actor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_refuse_a_blocked_move_with_every_problem_and_its_path()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var id = await StartAsync(api);
        await api.Engine.Definitions.SaveAndPublishAsync(TwoStepsRenamed);

        var dry = (await api.RunAsync(Migrate, new { id, to = 2, dry = true }))["data"]!["migrateWorkflowInstance"]!;
        var refused = await api.RunAsync(Migrate, new { id, to = 2, dry = false });
        var version = await api.RunAsync("query($id: UUID!) { workflowInstance(id: $id) { version } }", new { id });

        Assert.False(dry["canMigrate"]!.GetValue<bool>());
        Assert.All(dry["waits"]!.AsArray(), w => Assert.Contains("no activity 'sign'", w!["problem"]!.GetValue<string>()));
        var error = refused["errors"]![0]!;
        Assert.Equal("MIGRATION_BLOCKED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["$.waits[0]", "$.waits[1]"], error["extensions"]!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()));
        Assert.Equal(["migrateWorkflowInstance"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(1, version["data"]!["workflowInstance"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_refuse_a_signed_in_user_who_is_not_a_workflow_admin()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var id = await StartAsync(api);
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var worker = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "worker")], "Test"));

        var refused = await api.RunAsync(Migrate, new { id, to = 2, dry = false }, worker);
        var version = await api.RunAsync("query($id: UUID!) { workflowInstance(id: $id) { version } }", new { id });

        Assert.Equal("AUTH_NOT_AUTHORIZED", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(1, version["data"]!["workflowInstance"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Should_answer_an_unknown_instance_with_not_found()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync(Migrate, new { id = Guid.NewGuid(), to = 2, dry = true });

        Assert.Equal("NOT_FOUND", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
