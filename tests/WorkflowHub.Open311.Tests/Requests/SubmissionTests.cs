using System.Net;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Open311.Tests.Support;

namespace WorkflowHub.Open311.Tests.Requests;

public sealed class SubmissionTests : IAsyncLifetime
{
    private Open311Server _hub = null!;

    public async Task InitializeAsync() => _hub = await Open311Server.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Should_answer_a_new_request_in_xml_with_its_id_and_token()
    {
        var answer = await _hub.Api.PostAsync(_hub.Report(), "xml");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var request = answer.Root.Elements("request").Single();
        Assert.Equal("service_requests", answer.Root.Name.LocalName);
        var row = await _hub.Server.QueryAsync(db => Task.FromResult(db.Set<ServiceRequest>().Single()));
        Assert.Equal((row.Id.ToString(), row.TrackingCode), ((string)request.Element("service_request_id")!, (string)request.Element("token")!));
    }

    [Fact]
    public async Task Should_accept_the_key_as_the_X_Api_Key_header_and_act_as_its_person()
    {
        var form = _hub.Report(f => f.Remove("api_key"));

        var answer = await _hub.Api.PostAsync(form, apiKeyHeader: _hub.ApiKey);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var id = Guid.Parse(answer.Array[0]!["service_request_id"]!.GetValue<string>());
        var (request, reporter, dispatchedBy) = await _hub.Server.QueryAsync(db =>
        {
            var request = db.Set<ServiceRequest>().Single(r => r.Id == id);
            return Task.FromResult((request, db.Set<Reporter>().Single(p => p.Id == request.ReporterId),
                db.Set<ServiceRequestStep>().Where(s => s.RequestId == id && s.Step == "dispatched").Select(s => s.Actor).Single()));
        });
        Assert.Equal((RequestChannel.App, "utilities", DemoTree.Grid1), (request.Channel, request.Category, request.HandlingUnitId));
        Assert.Equal(("三 张", Open311Server.Phone), (reporter.Name, reporter.Phone));
        Assert.Equal(Open311Server.AppPerson, dispatchedBy);
    }

    [Fact]
    public async Task Should_keep_answers_to_the_services_questions_in_the_description()
    {
        var answer = await _hub.Api.PostAsync(_hub.Report(f =>
        {
            f["attribute[utility]"] = "heating";
            f["attribute[since]"] = "2026-11-01T20:00:00+08:00";
            f["attribute[unasked]"] = "ignored";
            f["description"] = "";
        }));

        var id = answer.Array[0]!["service_request_id"]!.GetValue<string>();
        var shown = (await _hub.Api.GetAsync($"requests/{id}", "json", "requests")).Array.Single()!;
        Assert.Equal("Which utility?: 暖 Heating\nSince when?: 2026-11-01T20:00:00+08:00", shown["description"]!.GetValue<string>());
        var title = await _hub.Server.QueryAsync(db => Task.FromResult(db.Set<ServiceRequest>().Single().Title));
        Assert.Equal("水电气热 Utilities (water, power, gas, heating)", title);
    }

    [Fact]
    public async Task Should_keep_every_choice_of_a_multi_value_list_and_skip_informational_attributes()
    {
        var form = _hub.Report(f => { f["service_code"] = "complex"; f.Remove("attribute[utility]"); f["description"] = "楼道堆物 Things piled in the stairwell"; })
            .Append(new("attribute[parties][]", "landlord")).Append(new("attribute[parties][]", "neighbours")).Append(new("attribute[notice]", "ignored"));

        var answer = await _hub.Api.PostAsync(form);

        var id = answer.Array[0]!["service_request_id"]!.GetValue<string>();
        var shown = (await _hub.Api.GetAsync($"requests/{id}", "json", "requests")).Array.Single()!;
        Assert.Equal("楼道堆物 Things piled in the stairwell\n\nWho else is involved?: 房东 Landlord, 邻居 Neighbours", shown["description"]!.GetValue<string>());
        var refused = await _hub.Api.PostAsync(_hub.Report(f => { f["service_code"] = "complex"; f["attribute[parties]"] = "landlord,police"; }));
        Assert.Equal([(400, "attribute[parties]: 'landlord,police' is not one of landlord, property, neighbours.")], refused.Errors);
    }
}
