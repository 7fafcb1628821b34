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
}
