using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.TestSupport;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>A request nobody signs for climbs the grid by itself, watched the way a district dashboard would watch it.</summary>
public sealed class ServiceRequestEscalationStoryTests : IAsyncLifetime
{
    // Friday 17:00 in Beijing: one working hour is left today, so "sign for within 2 working hours" runs into Monday.
    private static readonly DateTimeOffset FridayFivePm = new(2026, 11, 6, 17, 0, 0, TimeSpan.FromHours(8));
    private readonly GovernanceServer _server = new(clock: new ManualClock(FridayFivePm));
    private RequestDriver _app = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_escalate_from_grid_to_street_when_nobody_signs_for()
    {
        var submitted = (await _app.SubmitAsync(BrokenStreetLight))["serviceRequest"]!.AsObject();
        var id = submitted["id"]!.GetValue<string>();
        var mondayTenAm = new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(mondayTenAm, submitted["signForDueAt"]!.GetValue<DateTimeOffset>());

        // The weekend passes; grid 1 does not sign for it by Monday 09:59.
        await _server.AdvanceAsync(mondayTenAm - FridayFivePm - TimeSpan.FromMinutes(1));
        var beforeDeadline = await RequestAsync(id);
        Assert.Equal(("DISPATCHED", false, null), (Text(beforeDeadline, "status"), beforeDeadline["overdue"]!.GetValue<bool>(), beforeDeadline["escalationLevel"]?.GetValue<string>()));
        Assert.Empty(await WhistlesAsync(id));

        // 10:00: the sign-for deadline passes, and the escalation starts by itself at the grid.
        await _server.AdvanceAsync(TimeSpan.FromMinutes(1));
        var atGrid = await RequestAsync(id);
        Assert.Equal(("DISPATCHED", true, "GRID"), (Text(atGrid, "status"), atGrid["overdue"]!.GetValue<bool>(), Text(atGrid, "escalationLevel")));
        var whistle = Assert.Single(await WhistlesAsync(id))!;
        Assert.Equal(("YELLOW", "GRID", Grid1, true, 0), (Text(whistle, "grade"), Text(whistle, "level"), Text(whistle, "respondingUnitId"),
            whistle["automatic"]!.GetValue<bool>(), whistle["upgrades"]!.GetValue<int>()));
        Assert.Equal(mondayTenAm.AddHours(2), whistle["reportInDueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["orgUnit:" + Community], await OutboxAsync("notifyUpperUnit"));

        // Nobody from the grid reports in within the yellow limit of 2 hours: the community must answer, and is reminded.
        await _server.AdvanceAsync(TimeSpan.FromHours(2));
        var atCommunity = await RequestAsync(id);
        Assert.Equal("COMMUNITY", Text(atCommunity, "escalationLevel"));
        whistle = Assert.Single(await WhistlesAsync(id))!;
        Assert.Equal(("COMMUNITY", Community, 1), (Text(whistle, "level"), Text(whistle, "respondingUnitId"), whistle["upgrades"]!.GetValue<int>()));
        Assert.Null(whistle["noticedAt"]);
        Assert.Equal(["role:department-contact@" + Community], await OutboxAsync("remind"));

        // Nor from the community: the street must answer, it is reminded, and a public notice is recorded.
        await _server.AdvanceAsync(TimeSpan.FromHours(2));
        var atStreet = await RequestAsync(id);
        Assert.Equal(("STREET", "DISPATCHED"), (Text(atStreet, "escalationLevel"), Text(atStreet, "status")));
        whistle = Assert.Single(await WhistlesAsync(id))!;
        Assert.Equal(("STREET", Street, 2), (Text(whistle, "level"), Text(whistle, "respondingUnitId"), whistle["upgrades"]!.GetValue<int>()));
        Assert.Equal(mondayTenAm.AddHours(4), whistle["noticedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["role:department-contact@" + Community, "role:department-contact@" + Street], await OutboxAsync("remind"));
        Assert.Equal("reportIn", Text(Assert.Single(whistle["openTasks"]!.AsArray())!, "activityId"));

        var steps = RequestDriver.Steps(atStreet);
        // The resident's timeline shows the climb; the second upgrade and the notice share an instant, so their order is open.
        Assert.Equal(["received", "dispatched", "whistled", "escalated"], steps.Take(4));
        Assert.Equal(["escalated", "noticed"], steps.Skip(4).Order());
        // The grid can still sign for it: the escalation does not take the request away from it.
        Assert.NotNull(await _app.MyTaskAsync(Worker1, Text(atStreet, "instanceId"), "signFor"));
    }

    // A general request: its feedback limit (7 days) is far off, so only the sign-for deadline is at stake here.
    private static readonly object BrokenStreetLight = new
    {
        title = "路灯不亮 Street light out at the lane entrance", category = "general", channel = "HOTLINE", orgUnitId = Grid1,
        reporter = new { name = "赵六", phone = "13700002222" },
    };

    private async Task<JsonObject> RequestAsync(string id) =>
        (await _server.DataAsync($$"""query($id: UUID!) { serviceRequest(id: $id) { {{RequestDriver.Fields}} } }""", new { id }))["serviceRequest"]!.AsObject();

    private async Task<JsonArray> WhistlesAsync(string requestId) =>
        (await _server.DataAsync("""
            query($id: UUID!) { whistles(where: { serviceRequestId: { eq: $id } }, order: [{ raisedAt: ASC }]) {
              nodes { grade level respondingUnitId automatic upgrades reportInDueAt noticedAt status openTasks { activityId } } } }
            """, new { id = requestId }))["whistles"]!["nodes"]!.AsArray();

    /// <summary>The recipients of the outbox rows an activity wrote, oldest first: what the delivery channel will send.</summary>
    private Task<List<string>> OutboxAsync(string activityId) => _server.QueryAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.ActivityId == activityId).OrderBy(m => m.CreatedAt).Select(m => m.Recipient).ToListAsync());

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();
}
