using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Security.Tests.Support;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.Tests.Tokens;

public sealed class KeyRotationTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_sign_new_tokens_with_the_new_key_and_keep_old_tokens_working_after_rotation()
    {
        var before = await _server.LoginAsync();

        var rotated = await _server.GraphQLAsync("mutation { rotateSigningKey { id current } }", bearer: before);
        var after = await _server.LoginAsync();
        var keys = await _server.GraphQLAsync("{ signingKeys { id current } }", bearer: after);

        var newId = rotated["data"]!["rotateSigningKey"]!["id"]!.GetValue<string>();
        Assert.Equal(newId, KeyId(after));
        Assert.NotEqual(newId, KeyId(before));
        Assert.Equal("admin", await UserNameAsync(before));
        Assert.Equal([newId, KeyId(before)], keys["data"]!["signingKeys"]!.AsArray().Select(k => k!["id"]!.GetValue<string>()));
        Assert.True(keys["data"]!["signingKeys"]![0]!["current"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Should_end_the_tokens_of_a_retired_key_at_once_and_keep_the_new_ones()
    {
        var before = await _server.LoginAsync();
        await _server.GraphQLAsync("mutation { rotateSigningKey { id } }", bearer: before);
        var after = await _server.LoginAsync();

        var retired = await _server.GraphQLAsync("mutation($id: String!) { retireSigningKey(id: $id) }", new { id = KeyId(before) }, bearer: after);

        Assert.True(retired["data"]!["retireSigningKey"]!.GetValue<bool>());
        Assert.Null(await UserNameAsync(before));
        Assert.Equal("admin", await UserNameAsync(after));
    }

    [Fact]
    public async Task Should_refuse_to_retire_the_key_that_signs()
    {
        var token = await _server.LoginAsync();

        var refused = await _server.GraphQLAsync("mutation($id: String!) { retireSigningKey(id: $id) }", new { id = KeyId(token) }, bearer: token);

        Assert.Equal("BAD_USER_INPUT", AuthServer.Code(refused));
        Assert.Contains("rotate first", refused["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("admin", await UserNameAsync(token));
    }

    [Fact]
    public async Task Should_let_only_workflow_admins_rotate_or_retire_signing_keys()
    {
        var worker = await _server.StaffAsync("worker-1", "worker password 1", "grid-worker");

        var rotate = await _server.GraphQLAsync("mutation { rotateSigningKey { id } }", bearer: worker);
        var retire = await _server.GraphQLAsync("mutation($id: String!) { retireSigningKey(id: $id) }", new { id = KeyId(worker) }, bearer: worker);

        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(rotate));
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(retire));
        Assert.Equal("worker-1", await UserNameAsync(worker));
    }

    [Fact]
    public async Task Should_bring_a_rotation_and_a_retirement_to_another_server_on_the_same_database_within_the_refresh_interval()
    {
        await using var other = new AuthServer(database: _server.Database, clock: _server.Clock);
        var old = await _server.LoginAsync();
        Assert.Equal("admin", await UserNameAsync(old, other));

        await _server.GraphQLAsync("mutation { rotateSigningKey { id } }", bearer: old);
        var fresh = await _server.LoginAsync();
        var beforeRefresh = await UserNameAsync(fresh, other);
        await RefreshAsync(other);
        var afterRefresh = await UserNameAsync(fresh, other);
        await _server.GraphQLAsync("mutation($id: String!) { retireSigningKey(id: $id) }", new { id = KeyId(old) }, bearer: fresh);
        var oldBeforeRefresh = await UserNameAsync(old, other);
        await RefreshAsync(other);

        Assert.Null(beforeRefresh);
        Assert.Equal("admin", afterRefresh);
        Assert.Equal("admin", oldBeforeRefresh);
        Assert.Null(await UserNameAsync(old, other));
    }

    private async Task RefreshAsync(AuthServer server)
    {
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        await server.Services.GetRequiredService<SigningKeyRefresh>().Latest;
    }

    private async Task<string?> UserNameAsync(string token, AuthServer? server = null)
    {
        var me = await (server ?? _server).GraphQLAsync("{ me { userName } }", bearer: token);
        return me["data"]!["me"]?["userName"]?.GetValue<string>();
    }

    private static string KeyId(string token)
    {
        var header = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header += new string('=', (4 - header.Length % 4) % 4);
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)))!["kid"]!.GetValue<string>();
    }
}
