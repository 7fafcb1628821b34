using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>Drives requests over GraphQL the way a front end does: submit, find my tasks, claim and complete them, rate.</summary>
internal sealed class RequestDriver(GovernanceServer server)
{
    public const string Fields = """
        id trackingCode status category channel handlingUnitId handlingUnitName submittedAt dueAt signForDueAt respondedAt resolvedAt closedAt
        overdue escalationLevel returnCount redoCount extensionCount rating ratedResolved ratingComment instanceId
        timeline { step note at } reporter { name phone doNotDisclose }
        """;

    public static object Sewage(string? requestId = null, string? orgUnitId = null) => new
    {
        title = "污水井冒水 Sewage overflowing in the lane",
        description = "The manhole outside building 3 overflows every morning.",
        category = "utilities",
        channel = "VISIT",
        orgUnitId,
        latitude = orgUnitId is null ? DemoTree.Grid1Latitude + 0.001 : (double?)null,
        longitude = orgUnitId is null ? DemoTree.Grid1Longitude + 0.001 : (double?)null,
        location = "和平里3号楼东侧 East of building 3",
        reporter = new { name = "张三", phone = "13812345678", address = "和平里3号楼2单元501", doNotDisclose = false },
        requestId,
    };

    public async Task<JsonObject> SubmitAsync(object input, string? person = null) =>
        (await server.DataAsync($$"""
            mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { alreadySubmitted serviceRequest { {{Fields}} } } }
            """, new { input }, person))["submitServiceRequest"]!.AsObject();

    public async Task<JsonObject> ByCodeAsync(string code) =>
        (await server.DataAsync($$"""query($code: String!) { serviceRequestByTrackingCode(code: $code) { {{Fields}} } }""", new { code }))["serviceRequestByTrackingCode"]!.AsObject();

    /// <summary>The person's open tasks for this request's workflow, as myTasks lists them.</summary>
    public async Task<JsonObject> MyTaskAsync(string person, string instanceId, string activityId)
    {
        var tasks = (await server.DataAsync("""
            query($instance: UUID!) { myTasks(where: { instanceId: { eq: $instance } }, first: 20) { nodes { id activityId title outcomes dueAt orgUnitId } } }
            """, new { instance = instanceId }, person))["myTasks"]!["nodes"]!.AsArray();
        return Assert.Single(tasks, t => t!["activityId"]!.GetValue<string>() == activityId)!.AsObject();
    }

    public async Task<IReadOnlyList<string>> OpenActivitiesAsync(string instanceId) => await server.QueryAsync(async db =>
        await db.Tasks.AsNoTracking().Where(t => t.InstanceId == Guid.Parse(instanceId) && (t.Status == TaskItemStatus.Open || t.Status == TaskItemStatus.Claimed))
            .OrderBy(t => t.CreatedAt).Select(t => t.ActivityId).ToListAsync());

    /// <summary>Claims and completes the person's task at that activity, as a worker's app would.</summary>
    public async Task DoAsync(string person, string instanceId, string activityId, string outcome, object? data = null)
    {
        var task = await MyTaskAsync(person, instanceId, activityId);
        var id = task["id"]!.GetValue<string>();
        await server.DataAsync("mutation($id: UUID!, $who: String!) { claimTask(taskId: $id, claimant: $who) { id status claimedBy } }", new { id, who = person }, person);
        var done = await server.DataAsync("mutation($id: UUID!, $o: String!, $d: JSON) { completeTask(taskId: $id, outcome: $o, data: $d) { outcome } }",
            new { id, o = outcome, d = data }, person);
        Assert.Equal("RESUMED", done["completeTask"]!["outcome"]!.GetValue<string>());
    }

    public async Task<JsonObject> RateAsync(string trackingCode, bool resolved, string satisfaction, string? comment = null) =>
        (await server.DataAsync($$"""
            mutation($code: String, $resolved: Boolean!, $s: Satisfaction!, $c: String) {
              rateServiceRequest(trackingCode: $code, phone: "13812345678", resolved: $resolved, satisfaction: $s, comment: $c) { outcome serviceRequest { {{Fields}} } } }
            """, new { code = trackingCode, resolved, s = satisfaction, c = comment }))["rateServiceRequest"]!.AsObject();

    public Task<ServiceRequest> RowAsync(string id) =>
        server.QueryAsync(db => db.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(id)));

    public static List<string> Steps(JsonObject request) => request["timeline"]!.AsArray().Select(s => s!["step"]!.GetValue<string>()).ToList();
}
