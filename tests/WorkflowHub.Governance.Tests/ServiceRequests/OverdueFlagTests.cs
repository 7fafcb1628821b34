using System.Text.Json.Nodes;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>The stored overdue flag is the truth lists and metrics read: every deadline that can pass while a request waits sets it.</summary>
public sealed class OverdueFlagTests : IAsyncLifetime
{
    private readonly GovernanceServer _server = new();
    private RequestDriver _app = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_mark_requests_overdue_when_the_feedback_limit_passes_while_they_wait_for_contact_handling_or_the_report()
    {
        var waitingForContact = await SignedForAsync();
        var beingHandled = await SignedForAsync("contact");
        var reporting = await SignedForAsync("contact", "handle");
        var inTime = await SignedForAsync("contact", "handle", "reportResult");
        await _app.RateAsync(inTime["trackingCode"]!.GetValue<string>(), resolved: true, "SATISFIED");
        Assert.False((await _app.ByCodeAsync(waitingForContact["trackingCode"]!.GetValue<string>()))["overdue"]!.GetValue<bool>());

        await _server.AdvanceAsync(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1)); // utilities: 24 hours

        foreach (var request in new[] { waitingForContact, beingHandled, reporting })
        {
            var seen = await _app.ByCodeAsync(request["trackingCode"]!.GetValue<string>());
            Assert.True(seen["overdue"]!.GetValue<bool>(), $"{request["trackingCode"]} should be overdue.");
            Assert.True((await _app.RowAsync(request["id"]!.GetValue<string>())).Overdue);
        }
        Assert.False((await _app.ByCodeAsync(inTime["trackingCode"]!.GetValue<string>()))["overdue"]!.GetValue<bool>());
        var listed = (await _server.DataAsync("""
            { serviceRequests(orgUnitId: "s1", where: { overdue: { eq: true } }, first: 50) { totalCount nodes { trackingCode overdue } } }
            """))["serviceRequests"]!;
        Assert.Equal(3, listed["totalCount"]!.GetValue<int>());
        Assert.Equal(new[] { waitingForContact, beingHandled, reporting }.Select(r => r["trackingCode"]!.GetValue<string>()).Order(),
            listed["nodes"]!.AsArray().Select(n => n!["trackingCode"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Should_mark_a_request_overdue_at_once_when_its_feedback_limit_passed_before_the_next_task_began()
    {
        await _server.AdvanceAsync(TimeSpan.FromHours(8.5)); // Monday 17:30: half an hour of working time left
        var emergency = new { title = "燃气泄漏 Gas smell", category = "emergency", channel = "HOTLINE", orgUnitId = Grid1, reporter = new { name = "李四", phone = "13900001111" } };
        var request = (await _app.SubmitAsync(emergency))["serviceRequest"]!.AsObject();
        var instance = request["instanceId"]!.GetValue<string>();
        await _server.AdvanceAsync(TimeSpan.FromHours(15) + TimeSpan.FromMinutes(40)); // Tuesday 09:10: the 2-hour feedback limit passed overnight
        await _app.DoAsync(Worker1, instance, "signFor", "SignedFor"); // yet in time for sign-for (2 working hours)

        await _server.AdvanceAsync(TimeSpan.FromSeconds(1));

        var seen = await _app.ByCodeAsync(request["trackingCode"]!.GetValue<string>());
        Assert.True(seen["overdue"]!.GetValue<bool>());
        Assert.Single(RequestDriver.Steps(await Internal(request)), s => s == "overdue");
        await _server.AdvanceAsync(TimeSpan.FromHours(3));
        Assert.Single(RequestDriver.Steps(await Internal(request)), s => s == "overdue");
    }

    private async Task<JsonObject> SignedForAsync(params string[] thenDone)
    {
        var request = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var instance = request["instanceId"]!.GetValue<string>();
        await _app.DoAsync(Worker1, instance, "signFor", "SignedFor");
        foreach (var activity in thenDone)
        {
            var (outcome, data) = activity switch
            {
                "contact" => ("Contacted", (object)new { method = "phone" }),
                "handle" => ("Resolved", new { result = "done" }),
                _ => ("Reported", new { summary = "done" }),
            };
            await _app.DoAsync(Worker1, instance, activity, outcome, data);
        }
        return request;
    }

    /// <summary>Every step, internal ones included (the timeline the resident sees leaves "overdue" out).</summary>
    private Task<JsonObject> Internal(JsonObject request) => _server.QueryAsync(async db =>
    {
        var id = Guid.Parse(request["id"]!.GetValue<string>());
        var steps = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<Governance.ServiceRequests.ServiceRequestStep>().Where(s => s.RequestId == id).OrderBy(s => s.At).Select(s => s.Step));
        return new JsonObject { ["timeline"] = new JsonArray(steps.Select(s => (JsonNode)new JsonObject { ["step"] = s }).ToArray()) };
    });
}
