using System.Net;
using System.Text.Json.Nodes;
using WorkflowHub.Governance.Tests.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Open311.Tests.Support;

namespace WorkflowHub.Open311.Tests.Requests;

/// <summary>A civic app reports, the grid handles it through the workflow, and the app sees it closed with its notes.</summary>
public sealed class RoundTripTests : IAsyncLifetime
{
    private Open311Server _hub = null!;

    public async Task InitializeAsync() => _hub = await Open311Server.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Should_show_a_request_posted_by_a_civic_app_closed_with_its_notes_after_the_grid_handled_it()
    {
        var posted = await _hub.Api.PostAsync(_hub.Report(f => f["attribute[floor]"] = "3"));
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var id = posted.Array[0]!["service_request_id"]!.GetValue<string>();
        var token = posted.Array[0]!["token"]!.GetValue<string>();

        // GraphQL finds the same request, taken in by the same intake as submitServiceRequest.
        var found = (await _hub.Server.DataAsync("""
            query($id: UUID!) { serviceRequest(id: $id) { trackingCode status channel category handlingUnitId description instanceId dueAt submittedAt } }
            """, new { id }, DemoTree.Dispatcher))["serviceRequest"]!;
        Assert.Equal((token, "DISPATCHED", "APP", "utilities", DemoTree.Grid1),
            (found["trackingCode"]!.GetValue<string>(), found["status"]!.GetValue<string>(), found["channel"]!.GetValue<string>(),
             found["category"]!.GetValue<string>(), found["handlingUnitId"]!.GetValue<string>()));
        Assert.Equal("污水井冒水 The manhole outside building 3 overflows every morning.\n\nWhich utility?: 水 Water\nWhich floor?: 3",
            found["description"]!.GetValue<string>());

        var open = await OneAsync(id);
        Assert.Equal(("open", "第一网格 Grid 1", "2026-11-03T09:00:00+08:00", "2026-11-02T09:00:00+08:00"),
            (Text(open, "status"), Text(open, "agency_responsible"), Text(open, "expected_datetime"), Text(open, "requested_datetime")));
        Assert.Equal(("utilities", DemoTree.Grid1, "和平里3号楼东侧 East of building 3"), (Text(open, "service_code"), Text(open, "address_id"), Text(open, "address")));
        Assert.Equal(DemoTree.Grid1Latitude + 0.001, open["lat"]!.GetValue<double>());

        var driver = new RequestDriver(_hub.Server);
        var instance = found["instanceId"]!.GetValue<string>();
        await _hub.Server.AdvanceAsync(TimeSpan.FromMinutes(20));
        await driver.DoAsync(DemoTree.Worker1, instance, "signFor", "SignedFor");
        await driver.DoAsync(DemoTree.Worker1, instance, "contact", "Contacted", new { method = "phone", note = "已电话联系 Called the resident" });
        Assert.Equal(("open", "办理中 Being handled"), (Text(await OneAsync(id), "status"), Text(await OneAsync(id), "status_notes")));
        await _hub.Server.AdvanceAsync(TimeSpan.FromHours(3));
        await driver.DoAsync(DemoTree.Worker1, instance, "handle", "Resolved", new { result = "dredged" });
        await driver.DoAsync(DemoTree.Worker1, instance, "reportResult", "Reported", new { summary = "管道已疏通 The sewer was dredged" });
        Assert.Equal(("open", "请评价 Waiting for your rating — 管道已疏通 The sewer was dredged"), (Text(await OneAsync(id), "status"), Text(await OneAsync(id), "status_notes")));
        await driver.RateAsync(token, resolved: true, "SATISFIED");

        var closed = await OneAsync(id);
        Assert.Equal(("closed", "已办结归档 Closed — 管道已疏通 The sewer was dredged"), (Text(closed, "status"), Text(closed, "status_notes")));
        Assert.Equal("2026-11-02T12:20:00+08:00", Text(closed, "updated_datetime"));
        var tokens = await _hub.Api.GetBothAsync($"tokens/{token}", "tokens");
        Assert.Equal(id, tokens.Json.Array.Single()!["service_request_id"]!.GetValue<string>());
        Assert.Equal(id, (string)tokens.Xml.Root.Element("request")!.Element("service_request_id")!);
        var closedList = await _hub.Api.GetBothAsync("requests", "requests", "status=closed");
        Assert.Equal([id], closedList.Json.Array.Select(r => r!["service_request_id"]!.GetValue<string>()));
        Assert.Equal([id], closedList.Xml.Root.Elements("request").Select(r => (string)r.Element("service_request_id")!));
    }

    /// <summary>GET requests/{id} in both formats: the XML carries the same fields and values as the JSON.</summary>
    private async Task<JsonObject> OneAsync(string id)
    {
        var (json, xml) = await _hub.Api.GetBothAsync($"requests/{id}", "requests");
        Assert.Equal(HttpStatusCode.OK, json.Status);
        var record = json.Array.Single()!.AsObject();
        var element = xml.Root.Elements("request").Single();
        Assert.Equal("service_requests", xml.Root.Name.LocalName);
        foreach (var (name, value) in record)
            Assert.Equal(value is null ? "" : value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(), (string)element.Element(name)!);
        return record;
    }

    private static string Text(JsonObject record, string name) => record[name]!.GetValue<string>();
}
