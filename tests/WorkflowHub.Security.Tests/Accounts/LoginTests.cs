using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Accounts;

public sealed class LoginTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_give_a_token_for_the_right_password_that_says_who_the_caller_is()
    {
        var token = await _server.LoginAsync();

        var me = await _server.GraphQLAsync("{ me { kind userName personId roles { role orgUnitId orgPath } } }", bearer: token);

        Assert.True(me["errors"] is null, me.ToJsonString());
        Assert.Equal("staff", me["data"]!["me"]!["kind"]!.GetValue<string>());
        Assert.Equal("admin", me["data"]!["me"]!["userName"]!.GetValue<string>());
        var role = Assert.Single(me["data"]!["me"]!["roles"]!.AsArray())!;
        Assert.Equal("workflow-admin", role["role"]!.GetValue<string>());
        Assert.Equal("/", role["orgPath"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_or_an_unknown_user_alike_and_give_no_token()
    {
        var wrong = await _server.LoginResultAsync("admin", "not the password");
        var unknown = await _server.LoginResultAsync("nobody", "not the password");

        Assert.Equal("AUTH_INVALID_CREDENTIALS", AuthServer.Code(wrong));
        Assert.Equal(wrong["errors"]![0]!["message"]!.GetValue<string>(), unknown["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(wrong["data"]);
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_failures_even_for_the_right_password_until_the_lockout_ends()
    {
        for (var i = 0; i < 5; i++) Assert.Equal("AUTH_INVALID_CREDENTIALS", AuthServer.Code(await _server.LoginResultAsync("admin", "guess " + i)));

        var locked = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        _server.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        _server.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterwards = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);

        Assert.Equal("AUTH_LOCKED_OUT", AuthServer.Code(locked));
        Assert.Equal("AUTH_LOCKED_OUT", AuthServer.Code(stillLocked));
        Assert.True(afterwards["errors"] is null, afterwards.ToJsonString());
    }

    [Fact]
    public async Task Should_set_an_http_only_same_site_session_cookie_that_signs_in_the_studio()
    {
        using var browser = _server.Client(handleCookies: true);

        var login = await browser.PostAsync("/graphql", Json("""{"query":"mutation { login(userName: \"admin\", password: \"correct horse battery staple\") { expiresAt } }"}"""));
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        var me = await _server.PostAsync(browser, "{ me { userName } }");
        browser.DefaultRequestHeaders.Add("X-WorkflowHub-Csrf", "1");
        await _server.PostAsync(browser, "mutation { logout }");
        var afterLogout = await _server.PostAsync(browser, "{ me { userName } }");

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("admin", me["data"]!["me"]!["userName"]!.GetValue<string>());
        Assert.Null(afterLogout["data"]!["me"]);
    }

    [Fact]
    public async Task Should_end_every_token_of_the_account_at_logout()
    {
        var first = await _server.LoginAsync();
        var second = await _server.LoginAsync();

        var logout = await _server.GraphQLAsync("mutation { logout }", bearer: first);
        var me = await _server.GraphQLAsync("{ me { userName } }", bearer: second);

        Assert.True(logout["data"]!["logout"]!.GetValue<bool>());
        Assert.Null(me["data"]!["me"]);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
