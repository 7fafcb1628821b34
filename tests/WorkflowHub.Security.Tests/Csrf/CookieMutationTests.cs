using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Csrf;

/// <summary>A page on another site can make the browser send the session cookie; these requests are what such a page can forge.</summary>
public sealed class CookieMutationTests : IAsyncLifetime
{
    private const string CreateKey = """{"query":"mutation { createApiKey(name: \"forged\") { key } }"}""";
    private readonly AuthServer _server = new();
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _browser = _server.Client(handleCookies: true);
        var login = await _browser.PostAsync("/graphql", Body("""{"query":"mutation { login(userName: \"admin\", password: \"correct horse battery staple\") { expiresAt } }"}""", "application/json"));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Should_refuse_a_cookie_signed_mutation_in_a_simple_content_type_and_write_nothing(string contentType)
    {
        var response = await _browser.PostAsync("/graphql", Body(CreateKey, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await KeysAsync());
    }

    [Fact]
    public async Task Should_refuse_a_cookie_signed_json_mutation_without_the_csrf_header_and_write_nothing()
    {
        var response = await _browser.PostAsync("/graphql", Body(CreateKey, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("CSRF_CHECK_FAILED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("X-WorkflowHub-Csrf", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(0, await KeysAsync());
    }

    [Fact]
    public async Task Should_refuse_a_mutation_over_get_even_with_the_header_and_write_nothing()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { createApiKey(name: \"forged\") { key } }"));
        request.Headers.Add("X-WorkflowHub-Csrf", "1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await _browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, await KeysAsync());
    }

    [Theory]
    [InlineData("X-WorkflowHub-Csrf")]
    [InlineData("GraphQL-Preflight")]
    public async Task Should_run_a_cookie_signed_json_mutation_that_carries_the_header(string header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(CreateKey, "application/json") };
        request.Headers.Add(header, "1");

        var response = await _browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await KeysAsync());
    }

    [Fact]
    public async Task Should_still_answer_cookie_signed_queries_without_the_header()
    {
        var me = await _server.PostAsync(_browser, "{ me { userName } }");

        Assert.Equal("admin", me["data"]!["me"]!["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_not_ask_bearer_or_api_key_callers_for_the_header()
    {
        var token = await _server.LoginAsync();
        var byBearer = await _server.GraphQLAsync("mutation { createApiKey(name: \"by bearer\") { key } }", bearer: token);
        var key = byBearer["data"]!["createApiKey"]!["key"]!.GetValue<string>();

        var byKey = await _server.GraphQLAsync("mutation { revokeApiKey(id: \"00000000-0000-0000-0000-000000000001\") }", apiKey: key);

        Assert.Equal(1, await KeysAsync());
        Assert.NotEqual("CSRF_CHECK_FAILED", AuthServer.Code(byKey));
    }

    private Task<int> KeysAsync() => _server.QueryAsync(db => db.Set<ApiKey>().CountAsync());

    private static ByteArrayContent Body(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
