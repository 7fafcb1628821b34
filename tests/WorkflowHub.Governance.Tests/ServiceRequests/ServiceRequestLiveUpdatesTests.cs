using System.Text.Json.Nodes;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>
/// Live updates over a real WebSocket (graphql-transport-ws): the resident's app follows a request as it is walked
/// through, and a grid's task list hears of the task dispatched to it.
/// </summary>
public sealed class ServiceRequestLiveUpdatesTests : IAsyncLifetime
{
    private readonly GovernanceServer _server = new(kestrel: true);
    private RequestDriver _app = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_push_each_status_change_of_a_request_as_it_is_walked_through()
    {
        var submitted = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var (id, instance, code) = (submitted["id"]!.GetValue<string>(), submitted["instanceId"]!.GetValue<string>(), submitted["trackingCode"]!.GetValue<string>());
        await using var socket = await SubscriptionSocket.ConnectAsync(_server);
        await socket.SubscribeAsync("request", "subscription($id: UUID!) { serviceRequestUpdated(id: $id) { id status timeline { step } } }", new { id });
        var pushed = new List<string> { Status(await socket.NextAsync("request")) };

        // Events are read until the step's status shows, so the test does not depend on how many commits a step takes.
        async Task StepAsync(Func<Task> act, string expected)
        {
            await act();
            do pushed.Add(Status(await socket.NextAsync("request")));
            while (pushed[^1] != expected);
        }
        await StepAsync(() => _app.DoAsync(Worker1, instance, "signFor", "SignedFor"), "SIGNED_FOR");
        await StepAsync(() => _app.DoAsync(Worker1, instance, "contact", "Contacted", new { method = "phone" }), "HANDLING");
        await StepAsync(() => _app.DoAsync(Worker1, instance, "handle", "Resolved"), "HANDLING");
        await StepAsync(() => _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "疏通 Dredged" }), "RESOLVED");
        await StepAsync(() => _app.RateAsync(code, resolved: true, "SATISFIED"), "CLOSED");

        Assert.Equal(["DISPATCHED", "SIGNED_FOR", "HANDLING", "RESOLVED", "CLOSED"], pushed.Where((s, i) => i == 0 || s != pushed[i - 1]));
        Assert.Equal(6, pushed.Count); // the state at first, then one event per completed step (handling a request leaves it HANDLING)
        Assert.False(await socket.HasEventWithinAsync("request", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Should_push_the_sign_for_task_to_the_grid_a_request_is_dispatched_to()
    {
        await using var socket = await SubscriptionSocket.ConnectAsync(_server);
        await socket.SubscribeAsync("grid2", "subscription { taskAssigned(orgUnitId: \"g2\") { activityId orgUnitId assigneeRole instanceId title } }");
        await Task.Delay(TimeSpan.FromSeconds(1)); // the subscription has nothing to say at first: give it time to start listening

        await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)); // grid 1's: not for grid 2
        var noise = (await _app.SubmitAsync(new { title = "Noise at night", category = "general", channel = "HOTLINE", orgUnitId = Community,
            reporter = new { name = "居民 Resident", phone = "13600003333" } }))["serviceRequest"]!.AsObject();
        var instance = noise["instanceId"]!.GetValue<string>();
        Assert.False(await socket.HasEventWithinAsync("grid2", TimeSpan.FromMilliseconds(500)));

        await _app.DoAsync(Dispatcher, instance, "dispatch", "Dispatched", new { handlingUnitId = Grid2 });

        var task = (await socket.NextAsync("grid2"))["taskAssigned"]!;
        Assert.Equal(("signFor", Grid2, "grid-worker", instance), (Text(task, "activityId"), Text(task, "orgUnitId"), Text(task, "assigneeRole"), Text(task, "instanceId")));
        Assert.Equal("签收 Sign for: Noise at night", Text(task, "title"));
        Assert.False(await socket.HasEventWithinAsync("grid2", TimeSpan.FromMilliseconds(300)));
    }

    private static string Status(JsonObject data) => data["serviceRequestUpdated"]!["status"]!.GetValue<string>();

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();
}
