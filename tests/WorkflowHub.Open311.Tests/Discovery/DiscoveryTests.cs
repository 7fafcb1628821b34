using System.Net;
using WorkflowHub.Open311.Tests.Support;

namespace WorkflowHub.Open311.Tests.Discovery;

public sealed class DiscoveryTests : IAsyncLifetime
{
    private Open311Server _hub = null!;

    public async Task InitializeAsync() => _hub = await Open311Server.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Should_tell_clients_where_the_endpoint_is_and_which_formats_it_speaks()
    {
        var (json, xml) = await _hub.Api.GetBothAsync("discovery", "discovery");

        Assert.Equal(HttpStatusCode.OK, json.Status);
        var endpoint = json.Json!["endpoints"]!.AsArray().Single()!;
        Assert.Equal(("http://wiki.open311.org/GeoReport_v2", "production"), (endpoint["specification"]!.GetValue<string>(), endpoint["type"]!.GetValue<string>()));
        Assert.EndsWith("/open311/v2", endpoint["url"]!.GetValue<string>());
        Assert.Equal(["application/json", "text/xml"], endpoint["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("和平里街道 Hepingli street office, 010-12345678", json.Json["contact"]!.GetValue<string>());

        Assert.Equal("discovery", xml.Root.Name.LocalName);
        var xmlEndpoint = xml.Root.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal(endpoint["url"]!.GetValue<string>(), (string)xmlEndpoint.Element("url")!);
        Assert.Equal(["application/json", "text/xml"], xmlEndpoint.Element("formats")!.Elements("format").Select(f => (string)f));
    }

    [Fact]
    public async Task Should_refuse_another_jurisdiction_and_serve_its_own()
    {
        var (elsewhere, elsewhereXml) = await _hub.Api.GetBothAsync("services", "services", "jurisdiction_id=elsewhere.example.org");
        var own = await _hub.Api.GetAsync("services", "json", "services", "jurisdiction_id=hepingli.example.cn");
        var posted = await _hub.Api.PostAsync(_hub.Report(f => f["jurisdiction_id"] = "elsewhere.example.org"));

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.Status);
        Assert.StartsWith("jurisdiction_id: 'elsewhere.example.org' is not served here", elsewhere.Errors.Single().Description);
        Assert.Equal(elsewhere.Errors, elsewhereXml.Errors);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(0, (await _hub.StoredAsync()).Requests);
    }
}
