using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.ApiKeys;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_authenticate_a_machine_client_by_its_key_until_the_key_is_revoked()
    {
        var admin = await _server.LoginAsync();
        var created = await _server.GraphQLAsync("mutation { createApiKey(name: \"open311 bridge\") { id key prefix personId } }", bearer: admin);
        var key = created["data"]!["createApiKey"]!["key"]!.GetValue<string>();
        var id = created["data"]!["createApiKey"]!["id"]!.GetValue<string>();

        var asKey = await _server.GraphQLAsync("{ me { kind personId roles { role } } }", apiKey: key);
        var revoked = await _server.GraphQLAsync("mutation($id: UUID!) { revokeApiKey(id: $id) }", new { id }, admin);
        var afterRevoking = await _server.GraphQLAsync("{ me { kind } }", apiKey: key);
        var stored = await _server.QueryAsync(db => db.Set<ApiKey>().SingleAsync());

        Assert.Equal("api-key", asKey["data"]!["me"]!["kind"]!.GetValue<string>());
        Assert.Equal("admin", asKey["data"]!["me"]!["personId"]!.GetValue<string>());
        Assert.True(revoked["data"]!["revokeApiKey"]!.GetValue<bool>());
        Assert.Null(afterRevoking["data"]!["me"]);
        Assert.DoesNotContain(key.Split('_', 3)[2], System.Text.Encoding.UTF8.GetString(stored.SecretHash));
        Assert.Equal(32, stored.SecretHash.Length);
    }

    [Fact]
    public async Task Should_refuse_a_made_up_key_and_a_key_for_someone_else_from_a_non_admin()
    {
        var worker = await _server.StaffAsync("worker-1", "worker password 1", "grid-worker");

        var madeUp = await _server.GraphQLAsync("{ me { kind } }", apiKey: "whk_0123456789ab_not-the-secret");
        var forAdmin = await _server.GraphQLAsync("mutation { createApiKey(name: \"sneaky\", personId: \"admin\") { key } }", bearer: worker);

        Assert.Null(madeUp["data"]!["me"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(forAdmin));
        Assert.Equal(0, await _server.QueryAsync(db => db.Set<ApiKey>().CountAsync()));
    }
}
