using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Tokens;

public sealed class TokenTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_accept_the_token_on_graphql_until_it_expires_and_refuse_it_afterwards()
    {
        var start = _server.Clock.GetUtcNow();
        var login = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        var token = login["data"]!["login"]!["token"]!.GetValue<string>();
        var expiresAt = DateTimeOffset.Parse(login["data"]!["login"]!["expiresAt"]!.GetValue<string>());

        var fresh = await _server.GraphQLAsync("{ me { userName } }", bearer: token);
        _server.Clock.Advance(expiresAt - _server.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var expired = await _server.GraphQLAsync("{ me { userName } }", bearer: token);
        var protectedField = await _server.GraphQLAsync("mutation { enableTotp { secret } }", bearer: token);

        Assert.Equal(TimeSpan.FromHours(8), expiresAt - start);
        Assert.Equal("admin", fresh["data"]!["me"]!["userName"]!.GetValue<string>());
        Assert.Null(expired["data"]!["me"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", AuthServer.Code(protectedField));
    }

    [Fact]
    public async Task Should_refuse_a_token_whose_claims_were_changed_or_that_names_no_algorithm()
    {
        var token = await _server.LoginAsync();
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("\"admin\"", "\"someone\"");
        var forged = parts[0] + "." + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + parts[2];
        var unsigned = Convert.ToBase64String("""{"alg":"none","typ":"JWT"}"""u8.ToArray()).TrimEnd('=') + "." + parts[1] + ".";

        Assert.Null((await _server.GraphQLAsync("{ me { userName } }", bearer: forged))["data"]!["me"]);
        Assert.Null((await _server.GraphQLAsync("{ me { userName } }", bearer: unsigned))["data"]!["me"]);
    }

    [Fact]
    public async Task Should_sign_with_a_key_generated_at_first_start_and_kept_in_the_database()
    {
        var keys = await _server.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Set<WorkflowHub.Security.Tokens.SigningKey>()));

        var key = Assert.Single(keys);
        Assert.Equal(32, key.Key.Length);
        Assert.Contains($"\"kid\":\"{key.Id}\"", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad((await _server.LoginAsync()).Split('.')[0]))));
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text + new string('=', (4 - text.Length % 4) % 4);
    }
}
