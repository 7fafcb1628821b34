using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Hostile;

public sealed class BruteForceTests : IAsyncLifetime
{
    private readonly AuthServer _server = HostileServer.Create(rateLimits: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_hold_the_lockout_through_a_password_guessing_run_and_let_the_owner_in_only_after_it()
    {
        using var client = _server.Client();
        var codes = new List<string?>();
        for (var i = 0; i < 40; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = "mutation($p: String!) { login(userName: \"admin\", password: $p) { token } }", variables = new { p = "guess number " + i } });
            Assert.Null(await Answers.ProblemAsync(response, "guess " + i));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Null(body["data"]?["login"]);
            codes.Add(body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            if (i % 10 == 9) _server.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var whileLocked = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        _server.Clock.Advance(TimeSpan.FromMinutes(16));
        var afterwards = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);

        Assert.Equal(Enumerable.Repeat("AUTH_INVALID_CREDENTIALS", 5), codes.Take(5));
        Assert.All(codes.Skip(5), code => Assert.True(code is "AUTH_LOCKED_OUT" or "RATE_LIMITED", code));
        Assert.Contains("AUTH_LOCKED_OUT", codes);
        Assert.Equal("AUTH_LOCKED_OUT", AuthServer.Code(whileLocked));
        Assert.True(afterwards["errors"] is null, afterwards.ToJsonString());
    }

    [Fact]
    public async Task Should_slow_a_guessing_run_across_many_accounts_from_one_address()
    {
        using var client = _server.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            var response = await client.PostAsJsonAsync("/graphql", new { query = "mutation($u: String!) { login(userName: $u, password: \"Password123456\") { token } }", variables = new { u = "user" + i } });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        await Answers.AssertHealthyAsync(client);
    }
}
