using System.Net;
using WorkflowHub.Open311.Tests.Support;

namespace WorkflowHub.Open311.Tests.Services;

/// <summary>Our request categories as Open311 services, and the extra questions configured for them as attributes.</summary>
public sealed class ServiceTests : IAsyncLifetime
{
    private Open311Server _hub = null!;

    public async Task InitializeAsync() => _hub = await Open311Server.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Should_list_every_request_category_as_a_service_with_metadata_where_it_asks_attributes()
    {
        var (json, xml) = await _hub.Api.GetBothAsync("services", "services");

        Assert.Equal(HttpStatusCode.OK, json.Status);
        Assert.Equal(["emergency", "utilities", "general", "complex"], json.Array.Select(s => s!["service_code"]!.GetValue<string>()));
        Assert.Equal([false, true, false, true], json.Array.Select(s => s!["metadata"]!.GetValue<bool>()));
        var utilities = json.Array[1]!;
        Assert.Equal(("水电气热 Utilities (water, power, gas, heating)", "realtime", "water, power, gas, heating", "Utilities"),
            (utilities["service_name"]!.GetValue<string>(), utilities["type"]!.GetValue<string>(), utilities["keywords"]!.GetValue<string>(), utilities["group"]!.GetValue<string>()));
        Assert.Equal("水电气热 Utilities (water, power, gas, heating): feedback within 1 day.", utilities["description"]!.GetValue<string>());

        Assert.Equal("services", xml.Root.Name.LocalName);
        Assert.Equal(["emergency", "utilities", "general", "complex"], xml.Root.Elements("service").Select(s => (string)s.Element("service_code")!));
        Assert.Equal(["false", "true", "false", "true"], xml.Root.Elements("service").Select(s => (string)s.Element("metadata")!));
    }

    [Fact]
    public async Task Should_describe_a_services_attributes_with_datatypes_and_value_lists_in_order()
    {
        var (json, xml) = await _hub.Api.GetBothAsync("services/utilities", "service-definition");

        Assert.Equal(HttpStatusCode.OK, json.Status);
        var attributes = json.Json!["attributes"]!.AsArray();
        Assert.Equal([("utility", "singlevaluelist", true, 1), ("floor", "number", false, 2), ("since", "datetime", false, 3)],
            attributes.Select(a => (a!["code"]!.GetValue<string>(), a["datatype"]!.GetValue<string>(), a["required"]!.GetValue<bool>(), a["order"]!.GetValue<int>())));
        Assert.Equal([("water", "水 Water"), ("power", "电 Power"), ("gas", "气 Gas"), ("heating", "暖 Heating")],
            attributes[0]!["values"]!.AsArray().Select(v => (v!["key"]!.GetValue<string>(), v["name"]!.GetValue<string>())));

        Assert.Equal("service_definition", xml.Root.Name.LocalName);
        var first = xml.Root.Element("attributes")!.Elements("attribute").First();
        Assert.Equal(("utility", "singlevaluelist", "true", "Which utility?"), ((string)first.Element("code")!, (string)first.Element("datatype")!, (string)first.Element("required")!, (string)first.Element("description")!));
        Assert.Equal(["water", "power", "gas", "heating"], first.Element("values")!.Elements("value").Select(v => (string)v.Element("key")!));
    }

    [Fact]
    public async Task Should_describe_a_service_without_questions_with_an_empty_attribute_list()
    {
        var (json, xml) = await _hub.Api.GetBothAsync("services/GENERAL", "service-definition");

        Assert.Equal(("general", 0), (json.Json!["service_code"]!.GetValue<string>(), json.Json["attributes"]!.AsArray().Count));
        Assert.Empty(xml.Root.Element("attributes")!.Elements());
    }

    [Fact]
    public async Task Should_mark_an_informational_attribute_as_not_variable()
    {
        var (json, xml) = await _hub.Api.GetBothAsync("services/complex", "service-definition");

        // Without an order, attributes follow their codes.
        Assert.Equal([("notice", "string", false), ("parties", "multivaluelist", true)],
            json.Json!["attributes"]!.AsArray().Select(a => (a!["code"]!.GetValue<string>(), a["datatype"]!.GetValue<string>(), a["variable"]!.GetValue<bool>())));
        Assert.Equal(["false", "true"], xml.Root.Element("attributes")!.Elements("attribute").Select(a => (string)a.Element("variable")!));
    }
}
