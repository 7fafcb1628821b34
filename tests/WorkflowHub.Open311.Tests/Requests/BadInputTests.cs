using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Open311.Tests.Support;
using WorkflowHub.Security.ApiKeys;

namespace WorkflowHub.Open311.Tests.Requests;

/// <summary>Refused input answers the spec's error list with 400, 403 or 404, names the parameter, and writes nothing.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private Open311Server _hub = null!;

    public async Task InitializeAsync() => _hub = await Open311Server.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    public static TheoryData<string, int, string> RefusedReports => new()
    {
        { "unknown service code", 400, "service_code: Unknown category 'potholes'" },
        { "no service code", 400, "service_code: required" },
        { "no location", 400, "lat & long or address_id: Give the org unit or the location" },
        { "only an address string", 400, "lat & long or address_id: Give the org unit or the location" },
        { "unknown org unit", 400, "address_id: No org unit 'g9'" },
        { "latitude out of range", 400, "lat: The latitude must be between -90 and 90" },
        { "latitude not a number", 400, "lat: 'north' is not a number" },
        { "description over 4,000 characters", 400, "description: The description is longer than 4000 characters" },
        { "no phone", 400, "phone: The phone number should be" },
        { "no name", 400, "first_name/last_name: The reporter's name is required" },
        { "required attribute missing", 400, "attribute[utility]: required: Which utility?" },
        { "attribute not in its list", 400, "attribute[utility]: 'sewage' is not one of water, power, gas, heating" },
        { "number attribute not a number", 400, "attribute[floor]: 'third' is not a number" },
        { "datetime attribute malformed", 400, "attribute[since]: 'last tuesday' is not a date" },
        { "bad key", 403, "api_key: the API key is unknown or revoked" },
        { "no key", 403, "api_key: an API key is required" },
    };

    [Theory]
    [MemberData(nameof(RefusedReports))]
    public async Task Should_refuse_a_report_with_the_specs_error_and_create_nothing(string problem, int code, string description)
    {
        var form = _hub.Report(f => Spoil(f, problem));
        var before = await _hub.StoredAsync();

        foreach (var format in new[] { "json", "xml" })
        {
            var answer = await _hub.Api.PostAsync(form, format);
            Assert.Equal((HttpStatusCode)code, answer.Status);
            Assert.Contains(answer.Errors, e => e.Code == code && e.Description.StartsWith(description, StringComparison.Ordinal));
        }

        Assert.Equal(before, await _hub.StoredAsync());
        Assert.Equal(0, before.Requests);
    }

    [Fact]
    public async Task Should_list_every_problem_of_a_report_at_once()
    {
        var answer = await _hub.Api.PostAsync(_hub.Report(f => { f["phone"] = "12"; f["description"] = new string('x', 4001); f["lat"] = "91"; }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(["description", "phone", "lat"], answer.Errors.Select(e => e.Description.Split(':')[0]));
    }

    [Fact]
    public async Task Should_refuse_a_revoked_key_with_403()
    {
        await _hub.Server.Services.GetRequiredService<ApiKeyService>().RevokeAsync(_hub.ApiKeyId, Guid.Empty, mayRevokeAny: true);

        var answer = await _hub.Api.PostAsync(_hub.Report());

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal([(403, "api_key: the API key is unknown or revoked.")], answer.Errors);
        Assert.Equal(0, (await _hub.StoredAsync()).Requests);
    }

    [Fact]
    public async Task Should_refuse_a_report_that_is_not_form_encoded()
    {
        using var client = _hub.Server.Client();
        var response = await client.PostAsync(Open311Api.Base + "requests.json",
            new StringContent($$"""{"service_code":"utilities","api_key":"{{_hub.ApiKey}}"}""", System.Text.Encoding.UTF8, "application/json"));

        var answer = await Open311Api.ReadAsync(response, "json", "request-created");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("form-encoded", answer.Errors.Single().Description);
    }

    [Theory]
    [InlineData("start_date=yesterday", "start_date: 'yesterday' is not a date")]
    [InlineData("end_date=2026-13-45T09:00:00Z", "end_date: '2026-13-45T09:00:00Z' is not a date")]
    [InlineData("start_date=2026-11-02T09:00:00%2B08:00&end_date=2026-11-01", "start_date: is after end_date")]
    [InlineData("status=pending", "status: 'pending' is not a status")]
    [InlineData("page_size=5000", "page_size: '5000' is not a whole number from 1 to 1000")]
    [InlineData("page=0", "page: '0' is not a whole number")]
    public async Task Should_refuse_malformed_search_parameters_with_400(string query, string description)
    {
        var (json, xml) = await _hub.Api.GetBothAsync("requests", "requests", query);

        Assert.Equal(HttpStatusCode.BadRequest, json.Status);
        Assert.Contains(json.Errors, e => e.Code == 400 && e.Description.StartsWith(description, StringComparison.Ordinal));
        Assert.Equal(json.Errors, xml.Errors);
    }

    [Theory]
    [InlineData("requests/0192f0e4-0000-7000-8000-000000000000", "service_request_id: no request")]
    [InlineData("requests/not-an-id", "service_request_id: no request 'not-an-id'")]
    [InlineData("tokens/SR-20261102-ZZZZZZ", "token: no request with token")]
    [InlineData("services/potholes", "service_code: no service 'potholes'")]
    public async Task Should_answer_404_with_the_error_list_for_what_does_not_exist(string resource, string description)
    {
        var (json, xml) = await _hub.Api.GetBothAsync(resource, "requests");

        Assert.Equal(HttpStatusCode.NotFound, json.Status);
        Assert.Contains(json.Errors, e => e.Code == 404 && e.Description.StartsWith(description, StringComparison.Ordinal));
        Assert.Equal("errors", xml.Root.Name.LocalName);
        Assert.Equal(json.Errors, xml.Errors);
    }

    [Theory]
    [InlineData("/open311/v2/requests.csv", "format: 'csv' is not served")]
    [InlineData("/open311/v2/reports.json", "No GeoReport v2 resource")]
    public async Task Should_answer_404_as_json_for_an_unknown_format_or_resource(string path, string description)
    {
        using var client = _hub.Server.Client();
        var answer = await Open311Api.ReadAsync(await client.GetAsync(path), "json", "errors");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.StartsWith(description, answer.Errors.Single().Description);
    }

    private static void Spoil(Dictionary<string, string> form, string problem)
    {
        switch (problem)
        {
            case "unknown service code": form["service_code"] = "potholes"; form.Remove("attribute[utility]"); break;
            case "no service code": form.Remove("service_code"); break;
            case "no location": form.Remove("lat"); form.Remove("long"); form.Remove("address_string"); break;
            case "only an address string": form.Remove("lat"); form.Remove("long"); break;
            case "unknown org unit": form.Remove("lat"); form.Remove("long"); form["address_id"] = "g9"; break;
            case "latitude out of range": form["lat"] = "91.5"; break;
            case "latitude not a number": form["lat"] = "north"; break;
            case "description over 4,000 characters": form["description"] = new string('漏', 4001); break;
            case "no phone": form.Remove("phone"); break;
            case "no name": form.Remove("first_name"); form.Remove("last_name"); break;
            case "required attribute missing": form.Remove("attribute[utility]"); break;
            case "attribute not in its list": form["attribute[utility]"] = "sewage"; break;
            case "number attribute not a number": form["attribute[floor]"] = "third"; break;
            case "datetime attribute malformed": form["attribute[since]"] = "last tuesday"; break;
            case "bad key": form["api_key"] = "whk_0123456789ab_notthekey"; break;
            case "no key": form.Remove("api_key"); break;
            default: throw new ArgumentException(problem);
        }
    }
}
