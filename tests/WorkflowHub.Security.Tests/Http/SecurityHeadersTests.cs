using System.Net.Http.Headers;
using System.Net.Http.Json;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Http;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_send_the_graphiql_page_with_a_same_origin_policy_that_forbids_framing()
    {
        using var client = _server.Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);
        var csp = Header(response, "Content-Security-Policy");

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Should_cover_every_path_under_studio_with_a_self_only_policy_before_the_studio_exists()
    {
        using var client = _server.Client();

        var response = await client.GetAsync("/studio/designer/service-request");
        var csp = Header(response, "Content-Security-Policy");

        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task Should_give_api_answers_a_policy_that_allows_nothing_and_no_transport_security_over_plain_http()
    {
        using var client = _server.Client();

        var graphql = await client.PostAsJsonAsync("/graphql", new { query = "{ me { userName } }" });
        var health = await client.GetAsync("/health");

        Assert.Equal("nosniff", Header(graphql, "X-Content-Type-Options"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(health, "Content-Security-Policy"));
        Assert.False(health.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Should_ask_browsers_for_https_only_when_served_over_https()
    {
        using var client = _server.Client(https: true);

        var response = await client.GetAsync("/health");

        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
