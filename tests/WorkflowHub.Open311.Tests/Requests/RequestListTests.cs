using System.Net;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Open311.Tests.Support;

namespace WorkflowHub.Open311.Tests.Requests;

/// <summary>GET requests: filters, paging, the default 90-day window, and no reporter's personal data in any answer.</summary>
public sealed class RequestListTests : IAsyncLifetime
{
    private Open311Server _hub = null!;
    private string _water = "", _general = "", _emergency = "";

    public async Task InitializeAsync()
    {
        _hub = await Open311Server.StartAsync();
        _water = await PostAsync(_hub.Report());
        _hub.Server.Clock.Advance(TimeSpan.FromHours(1));
        _general = await PostAsync(_hub.Report(f => { f["service_code"] = "general"; f.Remove("attribute[utility]"); f["description"] = "路灯不亮 The street light is out"; }));
        _hub.Server.Clock.Advance(TimeSpan.FromHours(1));
        _emergency = await PostAsync(_hub.Report(f =>
        {
            f["service_code"] = "emergency"; f.Remove("lat"); f.Remove("long"); f["address_id"] = DemoTree.Grid2; f["description"] = "燃气泄漏 Gas smell in the stairwell";
        }));
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData("", "emergency general water")]
    [InlineData("service_code=general", "general")]
    [InlineData("service_code=utilities,general", "general water")]
    [InlineData("service_code=utilities&service_code=emergency", "emergency water")]
    [InlineData("status=open", "emergency general water")]
    [InlineData("status=closed", "")]
    [InlineData("status=open,closed", "emergency general water")]
    [InlineData("start_date=2026-11-02T10:00:00%2B08:00", "emergency general")]
    [InlineData("end_date=2026-11-02T02:30:00Z", "general water")]
    [InlineData("end_date=2026-11-02T01:30:00Z", "water")]
    [InlineData("start_date=2026-11-02T09:30&end_date=2026-11-02T10:30", "general")]
    [InlineData("start_date=2026-11-03", "")]
    [InlineData("page_size=2", "emergency general")]
    [InlineData("page_size=2&page=2", "water")]
    [InlineData("page_size=2&page=3", "")]
    public async Task Should_filter_and_page_requests_newest_first(string query, string expected)
    {
        var (json, xml) = await _hub.Api.GetBothAsync("requests", "requests", query);

        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(expected, string.Join(" ", json.Array.Select(r => Name(r!["service_request_id"]!.GetValue<string>()))));
        Assert.Equal(json.Array.Select(r => r!["service_request_id"]!.GetValue<string>()), xml.Root.Elements("request").Select(r => (string)r.Element("service_request_id")!));
    }

    [Fact]
    public async Task Should_return_the_requests_asked_for_by_id_whatever_the_other_filters_say()
    {
        var (json, _) = await _hub.Api.GetBothAsync("requests", "requests", $"service_request_id={_water},{_emergency},not-an-id&status=closed&service_code=general");

        Assert.Equal([_emergency, _water], json.Array.Select(r => r!["service_request_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_list_only_the_last_90_days_unless_dates_are_given()
    {
        _hub.Server.Clock.Advance(TimeSpan.FromDays(91));

        Assert.Empty((await _hub.Api.GetAsync("requests", "json", "requests")).Array);
        Assert.Equal(3, (await _hub.Api.GetAsync("requests", "json", "requests", "start_date=2026-11-01")).Array.Count);
    }

    [Fact]
    public async Task Should_place_a_request_given_by_org_unit_and_name_its_handling_unit_as_agency()
    {
        var emergency = (await _hub.Api.GetAsync($"requests/{_emergency}", "json", "requests")).Array.Single()!;

        Assert.Equal((DemoTree.Grid2, "第二网格 Grid 2", "2026-11-02T13:00:00+08:00"),
            (emergency["address_id"]!.GetValue<string>(), emergency["agency_responsible"]!.GetValue<string>(), emergency["expected_datetime"]!.GetValue<string>()));
        Assert.Null(emergency["lat"]);
        Assert.Equal("燃气泄漏 Gas smell in the stairwell", emergency["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_never_show_the_reporters_name_phone_email_device_or_tracking_code()
    {
        var tokens = await _hub.Server.QueryAsync(db => Task.FromResult(db.Set<Governance.ServiceRequests.ServiceRequest>().Select(r => r.TrackingCode).ToList()));
        var bodies = new List<string>();
        foreach (var format in new[] { "json", "xml" })
        {
            bodies.Add((await _hub.Api.GetAsync("requests", format, "requests")).Body);
            foreach (var id in new[] { _water, _general, _emergency }) bodies.Add((await _hub.Api.GetAsync($"requests/{id}", format, "requests")).Body);
        }

        Assert.Equal(3, tokens.Count);
        foreach (var body in bodies)
        {
            Assert.Contains("service_request_id", body);
            foreach (var secret in tokens.Concat([Open311Server.Phone, "张", "zhang.san", "device-4711"])) Assert.DoesNotContain(secret, body);
        }
    }

    private string Name(string id) => id == _water ? "water" : id == _general ? "general" : id == _emergency ? "emergency" : id;

    private async Task<string> PostAsync(Dictionary<string, string> form)
    {
        var answer = await _hub.Api.PostAsync(form);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Array[0]!["service_request_id"]!.GetValue<string>();
    }
}
