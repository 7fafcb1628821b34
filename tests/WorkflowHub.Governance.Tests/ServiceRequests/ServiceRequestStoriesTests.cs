using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.ServiceRequests;

/// <summary>Real stories over real HTTP, as the resident app and a grid worker's task list would play them.</summary>
public sealed class ServiceRequestStoriesTests : IAsyncLifetime
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
    public async Task Should_see_a_sewage_complaint_from_a_door_knocking_visit_signed_for_contacted_resolved_and_rated_satisfied()
    {
        var submitted = (await _app.SubmitAsync(RequestDriver.Sewage()))["serviceRequest"]!.AsObject();
        var code = submitted["trackingCode"]!.GetValue<string>();
        var instance = submitted["instanceId"]!.GetValue<string>();
        Assert.Matches("^SR-20261102-[2-9A-Z]{6}$", code);
        Assert.Equal(("DISPATCHED", "VISIT", Grid1), (submitted["status"]!.GetValue<string>(), submitted["channel"]!.GetValue<string>(), submitted["handlingUnitId"]!.GetValue<string>()));
        Assert.Equal(["received", "dispatched"], RequestDriver.Steps(submitted));
        Assert.Equal(("张*", "138****5678"), (submitted["reporter"]!["name"]!.GetValue<string>(), submitted["reporter"]!["phone"]!.GetValue<string>()));
        var signFor = await _app.MyTaskAsync(Worker1, instance, "signFor");
        Assert.Equal(_server.Clock.GetUtcNow().AddHours(2), signFor["dueAt"]!.GetValue<DateTimeOffset>()); // 2 working hours from Monday 09:00

        await _server.AdvanceAsync(TimeSpan.FromMinutes(20));
        await _app.DoAsync(Worker1, instance, "signFor", "SignedFor");
        await _server.AdvanceAsync(TimeSpan.FromMinutes(30));
        await _app.DoAsync(Worker1, instance, "contact", "Contacted", new { method = "visit", note = "上门查看，已联系排水公司 Visited, drainage company called" });
        var contactedAt = _server.Clock.GetUtcNow();
        await _server.AdvanceAsync(TimeSpan.FromHours(5));
        await _app.DoAsync(Worker1, instance, "handle", "Resolved", new { result = "dredged" });
        await _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "管道已疏通 The sewer was dredged" });
        Assert.Equal("RESOLVED", (await _app.ByCodeAsync(code))["status"]!.GetValue<string>());

        var rated = await _app.RateAsync(code, resolved: true, "SATISFIED", "谢谢 Thanks");

        Assert.Equal("RESUMED", rated["outcome"]!.GetValue<string>());
        var seen = await _app.ByCodeAsync(code);
        Assert.Equal(("CLOSED", "SATISFIED", true, false), (seen["status"]!.GetValue<string>(), seen["rating"]!.GetValue<string>(), seen["ratedResolved"]!.GetValue<bool>(), seen["overdue"]!.GetValue<bool>()));
        Assert.Equal(["received", "dispatched", "signed-for", "contacted", "handling", "resolved", "rating-requested", "rated", "closed"], RequestDriver.Steps(seen));
        Assert.Contains(seen["timeline"]!.AsArray(), s => s!["note"]?.GetValue<string>() == "管道已疏通 The sewer was dredged");
        Assert.Equal(contactedAt, seen["respondedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(_server.Clock.GetUtcNow(), seen["closedAt"]!.GetValue<DateTimeOffset>());

        var row = await _app.RowAsync(submitted["id"]!.GetValue<string>());
        Assert.Equal((ServiceRequestStatus.Closed, contactedAt, _server.Clock.GetUtcNow(), Satisfaction.Satisfied),
            (row.Status, row.RespondedAt, row.ClosedAt, row.Rating));
        Assert.Equal(row.SubmittedAt.AddHours(24), row.DueAt); // utilities: 24 hours
        Assert.Equal(Engine.Instances.InstanceStatus.Completed, (await _server.QueryAsync(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == row.InstanceId))).Status);
    }

    [Fact]
    public async Task Should_redispatch_a_returned_case_to_the_grid_the_dispatcher_chooses()
    {
        var submitted = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var instance = submitted["instanceId"]!.GetValue<string>();

        await _app.DoAsync(Worker1, instance, "signFor", "Returned", new { returnReason = "井属于第二网格 The manhole is in grid 2" });
        Assert.Equal("RETURNED", (await _app.ByCodeAsync(submitted["trackingCode"]!.GetValue<string>()))["status"]!.GetValue<string>());
        await _app.DoAsync(Dispatcher, instance, "dispatch", "Dispatched", new { handlingUnitId = Grid2, note = "改派第二网格 Re-dispatched to grid 2" });

        var seen = await _app.ByCodeAsync(submitted["trackingCode"]!.GetValue<string>());
        Assert.Equal(("DISPATCHED", Grid2, 1), (seen["status"]!.GetValue<string>(), seen["handlingUnitId"]!.GetValue<string>(), seen["returnCount"]!.GetValue<int>()));
        Assert.Equal("第二网格 Grid 2", seen["handlingUnitName"]!.GetValue<string>());
        Assert.Equal(["received", "dispatched", "returned", "dispatched"], RequestDriver.Steps(seen));
        Assert.Equal("井属于第二网格 The manhole is in grid 2", seen["timeline"]![2]!["note"]!.GetValue<string>());
        Assert.NotNull(await _app.MyTaskAsync(Worker2, instance, "signFor"));
        Assert.Equal("/d1/s1/c1/g2/", (await _app.RowAsync(seen["id"]!.GetValue<string>())).OrgPath);
    }

    [Fact]
    public async Task Should_refuse_an_extension_asked_for_after_the_deadline_and_grant_one_asked_before()
    {
        var emergency = new { title = "燃气泄漏 Gas smell in stairwell", category = "emergency", channel = "HOTLINE", orgUnitId = Grid1, reporter = new { name = "李四", phone = "13900001111" } };
        var early = (await _app.SubmitAsync(emergency))["serviceRequest"]!.AsObject();
        var late = (await _app.SubmitAsync(emergency))["serviceRequest"]!.AsObject();
        foreach (var request in new[] { early, late })
        {
            await _app.DoAsync(Worker1, request["instanceId"]!.GetValue<string>(), "signFor", "SignedFor");
            await _app.DoAsync(Worker1, request["instanceId"]!.GetValue<string>(), "contact", "Contacted", new { method = "phone" });
        }
        await _server.AdvanceAsync(TimeSpan.FromHours(1));
        await _app.DoAsync(Worker1, early["instanceId"]!.GetValue<string>(), "handle", "ExtensionRequested", new { extension = "PT24H", extensionReason = "需要燃气公司 Needs the gas company" });
        await _app.DoAsync(CommunityAdmin, early["instanceId"]!.GetValue<string>(), "approveExtension", "Approved", new { });

        await _server.AdvanceAsync(TimeSpan.FromHours(2)); // emergency: 2 hours from submission have passed
        await _app.DoAsync(Worker1, late["instanceId"]!.GetValue<string>(), "handle", "ExtensionRequested", new { extension = "P3D", extensionReason = "too late" });

        var refused = await _app.ByCodeAsync(late["trackingCode"]!.GetValue<string>());
        Assert.Equal(["handle"], await _app.OpenActivitiesAsync(late["instanceId"]!.GetValue<string>()));
        Assert.Contains("extension-refused", RequestDriver.Steps(refused));
        Assert.Equal((0, true), (refused["extensionCount"]!.GetValue<int>(), refused["overdue"]!.GetValue<bool>()));
        Assert.Equal(early["dueAt"]!.GetValue<DateTimeOffset>(), refused["dueAt"]!.GetValue<DateTimeOffset>());

        var granted = await _app.ByCodeAsync(early["trackingCode"]!.GetValue<string>());
        Assert.Equal((1, false), (granted["extensionCount"]!.GetValue<int>(), granted["overdue"]!.GetValue<bool>()));
        Assert.Equal(early["dueAt"]!.GetValue<DateTimeOffset>().AddHours(24), granted["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["handle"], await _app.OpenActivitiesAsync(early["instanceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_handle_again_when_the_resident_is_dissatisfied()
    {
        var submitted = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var instance = submitted["instanceId"]!.GetValue<string>();
        var code = submitted["trackingCode"]!.GetValue<string>();
        await _app.DoAsync(Worker1, instance, "signFor", "SignedFor");
        await _app.DoAsync(Worker1, instance, "contact", "Contacted", new { method = "phone" });
        await _app.DoAsync(Worker1, instance, "handle", "Resolved");
        await _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "临时处理 Temporary fix" });

        var rated = await _app.RateAsync(code, resolved: false, "DISSATISFIED", "还在冒水 Still overflowing");

        var seen = rated["serviceRequest"]!.AsObject();
        Assert.Equal(("HANDLING", 1, "DISSATISFIED"), (seen["status"]!.GetValue<string>(), seen["redoCount"]!.GetValue<int>(), seen["rating"]!.GetValue<string>()));
        Assert.Null(seen["resolvedAt"]);
        Assert.Equal(["rated", "redo", "handling"], RequestDriver.Steps(seen)[^3..]);
        Assert.Equal(["handle"], await _app.OpenActivitiesAsync(instance));
        await _app.DoAsync(Worker1, instance, "handle", "Resolved");
        await _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "管道更换 Pipe replaced" });
        Assert.Equal("CLOSED", (await _app.RateAsync(code, resolved: true, "BASICALLY_SATISFIED"))["serviceRequest"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_a_rating_by_request_id_without_the_reporters_phone()
    {
        var submitted = (await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1)))["serviceRequest"]!.AsObject();
        var instance = submitted["instanceId"]!.GetValue<string>();
        var id = submitted["id"]!.GetValue<string>();
        await _app.DoAsync(Worker1, instance, "signFor", "SignedFor");
        await _app.DoAsync(Worker1, instance, "contact", "Contacted", new { method = "phone" });
        await _app.DoAsync(Worker1, instance, "handle", "Resolved");
        await _app.DoAsync(Worker1, instance, "reportResult", "Reported", new { summary = "管道已疏通 The sewer was dredged" });
        const string rate = "mutation($id: UUID!, $phone: String) { rateServiceRequest(id: $id, phone: $phone, resolved: false, satisfaction: DISSATISFIED) { outcome } }";

        // Request ids are public (lists, Open311), so an id alone must not let a stranger rate someone else's request.
        var withoutPhone = await _server.GraphQLAsync(rate, new { id });
        var wrongPhone = await _server.GraphQLAsync(rate, new { id, phone = "13900000000" });

        Assert.Equal("phone", withoutPhone["errors"]![0]!["extensions"]!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.NotNull(wrongPhone["errors"]);
        Assert.Equal(["rate"], await _app.OpenActivitiesAsync(instance));
        var rated = await _server.DataAsync(rate, new { id, phone = "13812345678" });
        Assert.Equal("RESUMED", rated["rateServiceRequest"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_return_the_first_request_when_the_same_request_id_is_submitted_again()
    {
        var first = await _app.SubmitAsync(RequestDriver.Sewage("phone-app-42"));
        var again = await _app.SubmitAsync(RequestDriver.Sewage("phone-app-42"));

        Assert.Equal((false, true), (first["alreadySubmitted"]!.GetValue<bool>(), again["alreadySubmitted"]!.GetValue<bool>()));
        Assert.Equal(first["serviceRequest"]!["trackingCode"]!.GetValue<string>(), again["serviceRequest"]!["trackingCode"]!.GetValue<string>());
        Assert.Equal(1, await _server.QueryAsync(db => db.Set<ServiceRequest>().CountAsync()));
        Assert.Equal(1, await _server.QueryAsync(db => db.Instances.CountAsync(i => i.DefinitionId == "service-request")));
    }

    [Fact]
    public async Task Should_refuse_bad_input_with_a_path_per_field_and_write_nothing()
    {
        var result = await _server.GraphQLAsync("""
            mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { serviceRequest { id } } }
            """, new { input = new { title = "x", description = new string('长', 4001), category = "gossip", channel = "APP", orgUnitId = "nowhere",
                reporter = new { name = "王五", phone = "12345" } } });
        var noPlace = await _server.GraphQLAsync("""
            mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { serviceRequest { id } } }
            """, new { input = new { title = "x", category = "general", channel = "APP", reporter = new { name = "王五", phone = "13800000000" } } });

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["input.description", "input.category", "input.reporter.phone", "input.orgUnitId"],
            error["extensions"]!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()));
        Assert.Equal(["input.orgUnitId"], noPlace["errors"]![0]!["extensions"]!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()));
        Assert.Equal((0, 0, 0, 0), await _server.QueryAsync(async db => (
            await db.Set<ServiceRequest>().CountAsync(), await db.Set<Reporter>().CountAsync(), await db.Set<ServiceRequestStep>().CountAsync(), await db.Instances.CountAsync())));
    }

    [Fact]
    public async Task Should_list_requests_of_a_subtree_with_filters_and_order_in_one_page()
    {
        await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid1));
        await _server.AdvanceAsync(TimeSpan.FromMinutes(1));
        await _app.SubmitAsync(RequestDriver.Sewage(orgUnitId: Grid2));
        await _server.AdvanceAsync(TimeSpan.FromDays(2)); // utilities: 24 hours, so both are overdue now

        var page = (await _server.DataAsync("""
            { serviceRequests(orgUnitId: "s1", where: { overdue: { eq: true }, channel: { eq: VISIT } }, order: [{ submittedAt: DESC }], first: 50) {
                totalCount nodes { handlingUnitId overdue } } }
            """))["serviceRequests"]!;
        var grid2Only = (await _server.DataAsync("""{ serviceRequests(orgUnitId: "g2", where: { status: { eq: DISPATCHED } }) { totalCount } }"""))["serviceRequests"]!;
        var categories = (await _server.DataAsync("{ serviceCategories { code feedbackLimit signForLimit } }"))["serviceCategories"]!.AsArray();

        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
        Assert.Equal([Grid2, Grid1], page["nodes"]!.AsArray().Select(n => n!["handlingUnitId"]!.GetValue<string>()));
        Assert.Equal(1, grid2Only["totalCount"]!.GetValue<int>());
        Assert.Equal(["emergency:PT2H", "utilities:P1D", "general:P7D", "complex:P15D"],
            categories.Select(c => $"{c!["code"]!.GetValue<string>()}:{c["feedbackLimit"]!.GetValue<string>()}"));
    }
}
