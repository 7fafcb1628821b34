using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.GraphQL.Tests;

public sealed class WorkflowSchemaTests
{
    private const string StatusPage = """
        query Status($first: Int!, $after: String) {
          workflowInstances(first: $first, after: $after, where: { status: { eq: RUNNING } }, order: [{ createdAt: DESC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id definitionId version status businessKey createdAt
              definition { definitionId name version }
              openTasks { id activityId title assigneeRole status createdAt dueAt } }
          }
        }
        """;

    [Fact]
    public async Task Should_serve_a_page_of_twenty_instances_with_definition_and_open_tasks_in_three_statements()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        for (var i = 0; i < 25; i++)
        {
            api.Engine.Clock.Advance(TimeSpan.FromMinutes(1));
            await api.Engine.Runtime.StartAsync(new StartWorkflowRequest("two-steps", new JsonObject { ["title"] = $"Request {i}" }, BusinessKey: $"R-{i}"));
        }
        var statements = api.Statements;

        await api.RunAsync(StatusPage, new { first = 20 });   // warms the cache of published definitions
        statements.Reset();
        var result = await api.RunAsync(StatusPage, new { first = 20 });

        Assert.Null(result["errors"]);
        var page = result["data"]!["workflowInstances"]!;
        Assert.Equal(25, page["totalCount"]!.GetValue<int>());
        var nodes = page["nodes"]!.AsArray();
        Assert.Equal(20, nodes.Count);
        Assert.Equal("R-24", nodes[0]!["businessKey"]!.GetValue<string>());
        Assert.All(nodes, n => Assert.Equal("Two steps", n!["definition"]!["name"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal("grid-worker", n!["openTasks"]![0]!["assigneeRole"]!.GetValue<string>()));
        Assert.Equal("Request 24", nodes[0]!["openTasks"]![0]!["title"]!.GetValue<string>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(3, statements.Count);

        var next = await api.RunAsync(StatusPage, new { first = 20, after = page["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(["R-4", "R-3", "R-2", "R-1", "R-0"], next["data"]!["workflowInstances"]!["nodes"]!.AsArray().Select(n => n!["businessKey"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_start_an_instance_and_complete_its_task_through_mutations_and_say_when_it_was_already_done()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);

        var started = await api.RunAsync("""
            mutation Start($input: JSON) { startWorkflow(definitionId: "two-steps", input: $input, businessKey: "R-1") {
              instanceId alreadyStarted instance { status businessKey variables openTasks { id title } pendingTimers { purpose dueAt } } } }
            """, new { input = new { title = "Water leak" } });
        Assert.True(started["errors"] is null, started.ToJsonString());
        var instance = started["data"]!["startWorkflow"]!["instance"]!;
        Assert.Equal("RUNNING", instance["status"]!.GetValue<string>());
        Assert.Equal("Water leak", instance["variables"]!["title"]!.GetValue<string>());
        Assert.Single(instance["pendingTimers"]!.AsArray());
        var taskId = instance["openTasks"]![0]!["id"]!.GetValue<string>();

        const string complete = """
            mutation Complete($task: UUID!) { completeTask(taskId: $task, outcome: "SignedFor") { outcome message instance { status openTasks { id } pendingTimers { id } } } }
            """;
        var first = await api.RunAsync(complete, new { task = taskId });
        var again = await api.RunAsync(complete, new { task = taskId });

        Assert.Equal("RESUMED", first["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
        Assert.Equal("COMPLETED", first["data"]!["completeTask"]!["instance"]!["status"]!.GetValue<string>());
        Assert.Empty(first["data"]!["completeTask"]!["instance"]!["pendingTimers"]!.AsArray());
        Assert.Equal("ALREADY_CONSUMED", again["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_an_invalid_definition_with_every_problem_and_its_json_path()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync("mutation Save($d: JSON!) { saveWorkflowDraft(definition: $d) { definitionId version } }", new
        {
            d = new
            {
                definitionId = "broken", name = "Broken",
                activities = new object[] { new { id = "start", type = "Start" }, new { id = "x", type = "NoSuchActivity" } },
                connections = new object[] { new { from = "start", to = "nowhere" } },
            },
        });

        var error = result["errors"]![0]!;
        Assert.True(error["extensions"]!["code"]!.GetValue<string>() == "WORKFLOW_DEFINITION_INVALID", result.ToJsonString());
        Assert.Equal("WORKFLOW_DEFINITION_INVALID", error["extensions"]!["code"]!.GetValue<string>());
        var paths = error["extensions"]!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("$.activities[1].type", paths);
        Assert.Contains(paths, p => p.StartsWith("$.connections[0]"));
        Assert.Equal(["saveWorkflowDraft"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_report_a_bad_filter_value_against_its_argument_without_touching_data()
    {
        await using var api = await EngineGraphQL.CreateAsync();

        var result = await api.RunAsync("{ workflowInstances(first: 5, after: \"garbage\") { nodes { id } } }");

        Assert.NotNull(result["errors"]);
        Assert.Contains("after", result["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_stream_an_instance_as_it_changes_to_a_subscriber()
    {
        await using var api = await EngineGraphQL.CreateAsync();
        await api.Engine.Definitions.SaveAndPublishAsync(EngineGraphQL.TwoStepFlow);
        var id = (await api.Engine.Runtime.StartAsync(new StartWorkflowRequest("two-steps", new JsonObject { ["title"] = "Noise" }))).InstanceId;
        await using var scope = api.Engine.Services.CreateAsyncScope();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await using var stream = await api.SubscribeAsync($"subscription {{ workflowInstanceUpdated(id: \"{id}\") {{ status businessStatus }} }}", scope);
        await using var results = stream.ReadResultsAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await results.MoveNextAsync());
        var initial = results.Current.Data!["workflowInstanceUpdated"];
        var task = (await api.Engine.OpenTasksAsync(id)).Single();
        var changed = results.MoveNextAsync();
        await api.Engine.Runtime.CompleteTaskAsync(task.Id, "SignedFor", actor: "grid worker");

        Assert.True(await changed);
        Assert.Equal("RUNNING", ((IReadOnlyDictionary<string, object?>)initial!)["status"]);
        Assert.Equal("COMPLETED", ((IReadOnlyDictionary<string, object?>)results.Current.Data!["workflowInstanceUpdated"]!)["status"]);
    }
}
