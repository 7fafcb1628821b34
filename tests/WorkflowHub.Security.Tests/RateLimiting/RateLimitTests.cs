using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.RateLimiting;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AuthServer _server = new(settings: new Dictionary<string, string>
    {
        ["WorkflowHub:RateLimits:Anonymous:Permits"] = "3",
        ["WorkflowHub:RateLimits:Anonymous:Window"] = "00:00:10",
        ["WorkflowHub:RateLimits:SignedIn:Permits"] = "5",
        ["WorkflowHub:RateLimits:SignedIn:Window"] = "00:01:00",
        ["WorkflowHub:RateLimits:SignIn:Permits"] = "2",
        ["WorkflowHub:RateLimits:SignIn:Window"] = "00:05:00",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_answer_429_with_a_graphql_error_and_retry_after_once_an_anonymous_caller_passes_the_limit()
    {
        using var client = _server.Client();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await Me(client)).StatusCode);

        _server.Clock.Advance(TimeSpan.FromSeconds(4));
        var refused = await Me(client);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("6", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("try again in 6 s", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Should_let_the_caller_in_again_when_the_window_has_passed_on_the_server_clock()
    {
        using var client = _server.Client();
        for (var i = 0; i < 3; i++) await Me(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Me(client)).StatusCode);

        _server.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, (await Me(client)).StatusCode);
    }

    [Fact]
    public async Task Should_count_each_signed_in_account_and_api_key_apart_from_each_other_and_from_anonymous_callers()
    {
        var worker = await _server.StaffAsync("worker-1", "worker password 1");
        _server.Clock.Advance(TimeSpan.FromMinutes(5));
        var admin = await _server.LoginAsync();
        var key = await CreateApiKeyAsync(admin);
        using var adminClient = _server.Client(bearer: admin);
        using var keyClient = _server.Client(apiKey: key);
        using var workerClient = _server.Client(bearer: worker);
        using var anonymous = _server.Client();
        _server.Clock.Advance(TimeSpan.FromMinutes(5));

        var admins = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) admins.Add((await Me(adminClient)).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], admins);
        Assert.Equal(HttpStatusCode.OK, (await Me(keyClient)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Me(workerClient)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Me(anonymous)).StatusCode);
    }

    [Fact]
    public async Task Should_limit_sign_in_attempts_per_address_more_strictly_and_refuse_before_checking_the_password()
    {
        var first = await _server.LoginResultAsync("admin", "wrong password 1");
        _server.Clock.Advance(TimeSpan.FromSeconds(11));
        var second = await _server.LoginResultAsync("nobody", "wrong password 2");
        _server.Clock.Advance(TimeSpan.FromSeconds(11));
        using var client = _server.Client();
        var third = await client.PostAsJsonAsync("/graphql", new { query = "mutation { login(userName: \"admin\", password: \"correct horse battery staple\") { token } }" });
        var body = JsonNode.Parse(await third.Content.ReadAsStringAsync())!;

        Assert.Equal("AUTH_INVALID_CREDENTIALS", AuthServer.Code(first));
        Assert.Equal("AUTH_INVALID_CREDENTIALS", AuthServer.Code(second));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("278", third.Headers.GetValues("Retry-After").Single());
        Assert.Equal(1, await _server.QueryAsync(db => Task.FromResult(db.Set<WorkflowHub.Security.Accounts.Account>().Single().FailedLogins)));
    }

    [Fact]
    public async Task Should_count_every_login_field_of_one_document_and_see_through_fragments()
    {
        using var client = _server.Client();
        var batched = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation { ...Twice } fragment Twice on Mutation { a: login(userName: \"x\", password: \"y\") { token } b: login(userName: \"x\", password: \"z\") { token } c: residentLogin(trackingCode: \"T\", phone: \"1\") { token } }",
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, batched.StatusCode);
    }

    [Fact]
    public async Task Should_not_limit_the_health_check()
    {
        using var client = _server.Client();
        for (var i = 0; i < 3; i++) await Me(client);

        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    private static Task<HttpResponseMessage> Me(HttpClient client) => client.PostAsJsonAsync("/graphql", new { query = "{ me { userName } }" });

    private async Task<string> CreateApiKeyAsync(string admin)
    {
        var created = await _server.GraphQLAsync("mutation { createApiKey(name: \"open311\") { key } }", bearer: admin);
        return created["data"]!["createApiKey"]!["key"]!.GetValue<string>();
    }
}
