using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowHub.Server.Tests;

/// <summary>Timers through the server's GraphQL: where they stand in the engine and in Quartz.</summary>
public sealed class TimersGraphQLTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    private const string WaitThenNotify = """
        {
          "definitionId": "wait-then-notify", "name": "Wait, then notify",
          "inputs": [ { "name": "delay", "type": "string", "required": true } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "wait", "type": "Delay", "properties": { "duration": "=input.delay" } },
            { "id": "notify", "type": "Notify", "properties": { "to": "grid-head", "message": "The wait is over." } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" } ]
        }
        """;

    private const string TimerFields = "id instanceId activityId purpose dueAt calendar status createdAt firedAt triggerKey triggerState";

    public Task InitializeAsync()
    {
        _server = new GraphQLTestServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_page_pending_timers_in_due_order_with_due_time_and_quartz_trigger_state()
    {
        await _server.PublishAsync(WaitThenNotify);
        var before = DateTimeOffset.UtcNow;
        var soon = await StartAsync("PT5M");
        var later = await StartAsync("PT2H");
        var after = DateTimeOffset.UtcNow;

        const string page = $$"""
            query($ids: [UUID!], $after: String) {
              timers(first: 1, after: $after, where: { instanceId: { in: $ids }, status: { eq: PENDING } }, order: [{ dueAt: ASC }]) {
                totalCount pageInfo { hasNextPage endCursor } nodes { {{TimerFields}} } } }
            """;
        var first = (await _server.DataAsync(page, new { ids = new[] { soon, later } }))["timers"]!;
        var second = (await _server.DataAsync(page, new { ids = new[] { soon, later }, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["timers"]!;

        Assert.Equal(2, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var due = Assert.Single(first["nodes"]!.AsArray())!;
        Assert.Equal(soon, due["instanceId"]!.GetValue<string>());
        Assert.Equal(("wait", "delay", "PENDING"), (due["activityId"]!.GetValue<string>(), due["purpose"]!.GetValue<string>(), due["status"]!.GetValue<string>()));
        var dueAt = DateTimeOffset.Parse(due["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.InRange(dueAt, before.AddMinutes(5).AddSeconds(-1), after.AddMinutes(5).AddSeconds(1));
        Assert.Null(due["calendar"]);
        Assert.Null(due["firedAt"]);
        // Slot mapping: the timer shares the trigger of the second it is due in, which Quartz already holds.
        Assert.Equal($"workflowhub-timer-slots.slot-{dueAt.ToUnixTimeMilliseconds() / 1000 * 1000}", due["triggerKey"]!.GetValue<string>());
        Assert.Equal("NORMAL", due["triggerState"]!.GetValue<string>());
        // Two hours out is beyond the slot horizon: no Quartz trigger yet, a reconciliation adds it in time.
        var waiting = Assert.Single(second["nodes"]!.AsArray())!;
        Assert.Equal(later, waiting["instanceId"]!.GetValue<string>());
        Assert.Equal("NONE", waiting["triggerState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_show_one_timer_by_id_and_the_trigger_state_of_an_instance_pending_timers()
    {
        await _server.PublishAsync(WaitThenNotify);
        var instanceId = await StartAsync("PT3M");
        var listed = await _server.DataAsync("query($id: UUID!) { workflowInstance(id: $id) { pendingTimers { id triggerState } } }", new { id = instanceId });
        var pending = Assert.Single(listed["workflowInstance"]!["pendingTimers"]!.AsArray())!;

        var one = await _server.DataAsync($$"""query($id: UUID!) { timer(id: $id) { {{TimerFields}} } }""", new { id = pending["id"]!.GetValue<string>() });
        var none = await _server.DataAsync("query($id: UUID!) { timer(id: $id) { id } }", new { id = Guid.NewGuid() });

        Assert.Equal("NORMAL", pending["triggerState"]!.GetValue<string>());
        var timer = one["timer"]!;
        Assert.Equal(instanceId, timer["instanceId"]!.GetValue<string>());
        Assert.Equal("PENDING", timer["status"]!.GetValue<string>());
        Assert.Equal("NORMAL", timer["triggerState"]!.GetValue<string>());
        Assert.StartsWith("workflowhub-timer-slots.slot-", timer["triggerKey"]!.GetValue<string>());
        Assert.Null(none["timer"]);
    }

    [Fact]
    public async Task Should_still_list_timers_on_a_server_that_fires_none_and_say_it_knows_no_trigger()
    {
        await using var apiOnly = new GraphQLTestServer(("WorkflowHub:Timers:Enabled", "false"));
        await apiOnly.PublishAsync(WaitThenNotify);
        await apiOnly.DataAsync("mutation { startWorkflow(definitionId: \"wait-then-notify\", input: { delay: \"PT5M\" }) { instanceId } }");

        var listed = await apiOnly.DataAsync("{ timers(where: { status: { eq: PENDING } }) { nodes { activityId dueAt triggerKey triggerState } } }");

        var timer = Assert.Single(listed["timers"]!["nodes"]!.AsArray())!;
        Assert.Equal("wait", timer["activityId"]!.GetValue<string>());
        Assert.Null(timer["triggerKey"]);
        Assert.Null(timer["triggerState"]);
    }

    [Theory]
    [InlineData("first: 500", "first")]
    [InlineData("first: 5, after: \"not-a-cursor\"", "after")]
    [InlineData("first: 5, order: [{ dueAt: ASC }], where: { dueAt: { gte: \"2026-01-01T00:00:00Z\" }, status: { in: [PENDING] } }, last: 2", "first")]
    public async Task Should_refuse_bad_paging_input_with_bad_user_input_naming_the_argument(string arguments, string argument)
    {
        var result = await _server.PostAsync($$"""{ timers({{arguments}}) { nodes { id } } }""");

        var error = result["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["argument"]!.GetValue<string>());
        Assert.Equal(["timers"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    private async Task<string> StartAsync(string delay)
    {
        var started = await _server.DataAsync("mutation($input: JSON) { startWorkflow(definitionId: \"wait-then-notify\", input: $input) { instanceId } }",
            new { input = new { delay } });
        return started["startWorkflow"]!["instanceId"]!.GetValue<string>();
    }
}
