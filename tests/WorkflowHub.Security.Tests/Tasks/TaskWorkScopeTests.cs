using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Tasks;

/// <summary>
/// A task id travels in links, logs and subscriptions; knowing one must not let a grid worker of another grid, a
/// department or an admin without an operational role sign for a resident's request. Claiming and completing are checked
/// against the caller's inbox before the engine resumes anything.
/// </summary>
public sealed class TaskWorkScopeTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();
    private Grid _grid = null!;
    private Grid.Submitted _request = null!;
    private string _signForTask = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
        _request = await _grid.SubmitAsync("g1");
        _signForTask = await _server.QueryAsync(db => db.Tasks
            .Where(t => t.InstanceId == Guid.Parse(_request.InstanceId) && t.ActivityId == "signFor").Select(t => t.Id.ToString()).SingleAsync());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<TaskItem> StoredTaskAsync() =>
        _server.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == Guid.Parse(_signForTask)));

    private Task<JsonObject> CompleteAsync(string token) =>
        _server.GraphQLAsync("mutation($t: UUID!) { completeTask(taskId: $t, outcome: \"SignedFor\", data: {}) { outcome } }", new { t = _signForTask }, token);

    private Task<JsonObject> ClaimAsync(string token, string? claimant = null) =>
        claimant is null
            ? _server.GraphQLAsync("mutation($t: UUID!) { claimTask(taskId: $t) { id status claimedBy } }", new { t = _signForTask }, token)
            : _server.GraphQLAsync("mutation($t: UUID!, $c: String) { claimTask(taskId: $t, claimant: $c) { id status claimedBy } }", new { t = _signForTask, c = claimant }, token);

    private static string Code(JsonObject result) => result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Theory]
    [InlineData("worker-g2", "grid-worker@g2")]
    [InlineData("contact-water", "department-contact@water")]
    [InlineData("officer-s2", "street-officer@s2")]
    [InlineData("admin-only", "workflow-admin@*")]
    public async Task Should_refuse_to_claim_or_complete_a_task_outside_the_callers_inbox_and_leave_it_open(string person, string role)
    {
        var stranger = await _grid.StaffAsync(person, role);

        var claimed = await ClaimAsync(stranger);
        var completed = await CompleteAsync(stranger);

        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(claimed));
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(completed));
        Assert.Null(completed["data"]);
        var task = await StoredTaskAsync();
        Assert.Equal((TaskItemStatus.Open, null, null), (task.Status, task.ClaimedBy, task.CompletedBy));
    }

    [Fact]
    public async Task Should_let_the_grids_worker_claim_and_complete_it_and_answer_a_repeat_as_already_consumed()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");

        var claimed = await ClaimAsync(worker);
        var completed = await CompleteAsync(worker);
        var again = await CompleteAsync(worker);

        Assert.True(claimed["errors"] is null, claimed.ToJsonString());
        Assert.Equal("worker-g1", claimed["data"]!["claimTask"]!["claimedBy"]!.GetValue<string>());
        Assert.Equal("RESUMED", completed["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
        Assert.Equal("ALREADY_CONSUMED", again["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
        Assert.Equal((TaskItemStatus.Completed, "worker-g1"), ((await StoredTaskAsync()).Status, (await StoredTaskAsync()).CompletedBy));
    }

    [Fact]
    public async Task Should_let_the_street_officer_over_the_grid_complete_it()
    {
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");

        var completed = await CompleteAsync(officer);

        Assert.Equal("RESUMED", completed["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_a_claim_made_in_someone_elses_name()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        await _grid.StaffAsync("worker-g1b", "grid-worker@g1");

        var claimed = await ClaimAsync(worker, claimant: "worker-g1b");

        Assert.Equal("BAD_USER_INPUT", Code(claimed));
        Assert.Equal(TaskItemStatus.Open, (await StoredTaskAsync()).Status);
    }

    [Fact]
    public async Task Should_keep_a_task_claimed_by_one_worker_from_a_colleague_at_the_same_grid()
    {
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var colleague = await _grid.StaffAsync("worker-g1b", "grid-worker@g1");
        await ClaimAsync(worker);

        var completed = await CompleteAsync(colleague);

        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(completed));
        Assert.Equal(("worker-g1", null), ((await StoredTaskAsync()).ClaimedBy, (await StoredTaskAsync()).CompletedBy));
    }

    [Fact]
    public async Task Should_give_a_task_without_an_org_unit_to_whoever_holds_its_role()
    {
        var admin = await _server.LoginAsync();
        var definition = JsonNode.Parse("""
            { "definitionId": "unit-less", "name": "A review with no unit",
              "activities": [ { "id": "start", "type": "Start" },
                              { "id": "review", "type": "HumanTask", "properties": { "title": "Review", "assigneeRole": "grid-head", "outcomes": ["Done"] } },
                              { "id": "end", "type": "End" } ],
              "connections": [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "end" } ] }
            """);
        var published = await _server.GraphQLAsync("""
            mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } publishWorkflow(definitionId: "unit-less") { version } }
            """, new { d = definition }, admin);
        Assert.True(published["errors"] is null, published.ToJsonString());
        var started = await _server.GraphQLAsync("mutation { startWorkflow(definitionId: \"unit-less\") { instance { openTasks { id } } } }", bearer: admin);
        var task = started["data"]!["startWorkflow"]!["instance"]!["openTasks"]![0]!["id"]!.GetValue<string>();
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var gridHead = await _grid.StaffAsync("head-g3", "grid-head@g3");
        const string complete = "mutation($t: UUID!) { completeTask(taskId: $t, outcome: \"Done\") { outcome } }";

        var byWorker = await _server.GraphQLAsync(complete, new { t = task }, worker);
        var listed = await _server.GraphQLAsync("{ myTasks { nodes { id } } }", bearer: gridHead);
        var byGridHead = await _server.GraphQLAsync(complete, new { t = task }, gridHead);

        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(byWorker));
        Assert.Contains(task, listed["data"]!["myTasks"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal("RESUMED", byGridHead["data"]!["completeTask"]!["outcome"]!.GetValue<string>());
    }
}
