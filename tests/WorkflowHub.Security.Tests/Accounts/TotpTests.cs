using WorkflowHub.Security.Tests.Support;
using WorkflowHub.Security.Totp;

namespace WorkflowHub.Security.Tests.Accounts;

public sealed class TotpTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Should_compute_the_codes_of_the_rfc_6238_test_vectors()
    {
        var secret = "12345678901234567890"u8.ToArray();

        // RFC 6238 appendix B, SHA-1, last six of the eight digits.
        Assert.Equal("287082", TotpCode.Compute(secret, 59 / 30));
        Assert.Equal("081804", TotpCode.Compute(secret, 1111111109 / 30));
        Assert.Equal("050471", TotpCode.Compute(secret, 1111111111 / 30));
        Assert.Equal("005924", TotpCode.Compute(secret, 1234567890 / 30));
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.Encode(secret));
    }

    [Fact]
    public async Task Should_ask_for_the_authenticator_code_once_enabled_and_accept_each_code_once()
    {
        var token = await _server.LoginAsync();
        var setup = await _server.GraphQLAsync("mutation { enableTotp { secret uri } }", bearer: token);
        var secret = Decode(setup["data"]!["enableTotp"]!["secret"]!.GetValue<string>());
        var beforeConfirming = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        var wrongConfirm = await _server.GraphQLAsync("mutation { confirmTotp(code: \"000000\") }", bearer: token);
        var confirmed = await _server.GraphQLAsync("mutation($c: String!) { confirmTotp(code: $c) }", new { c = Code(secret) }, token);
        _server.Clock.Advance(TimeSpan.FromSeconds(30));

        var withoutCode = await _server.LoginResultAsync("admin", AuthServer.AdminPassword);
        var wrongCode = await _server.LoginResultAsync("admin", AuthServer.AdminPassword, "123456");
        var code = Code(secret);
        var withCode = await _server.LoginResultAsync("admin", AuthServer.AdminPassword, code);
        var replayed = await _server.LoginResultAsync("admin", AuthServer.AdminPassword, code);

        Assert.StartsWith("otpauth://totp/WorkflowHub:admin?secret=", setup["data"]!["enableTotp"]!["uri"]!.GetValue<string>());
        Assert.True(beforeConfirming["errors"] is null, "TOTP is only asked for once confirmed");
        Assert.Equal("AUTH_INVALID_TOTP", AuthServer.Code(wrongConfirm));
        Assert.True(confirmed["data"]!["confirmTotp"]!.GetValue<bool>());
        Assert.Equal("AUTH_TOTP_REQUIRED", AuthServer.Code(withoutCode));
        Assert.Equal("AUTH_INVALID_TOTP", AuthServer.Code(wrongCode));
        Assert.True(withCode["errors"] is null, withCode.ToJsonString());
        Assert.Equal("AUTH_INVALID_TOTP", AuthServer.Code(replayed));
    }

    private string Code(byte[] secret) => TotpCode.Compute(secret, TotpCode.StepAt(_server.Clock.GetUtcNow()));

    private static byte[] Decode(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return bytes.ToArray();
    }
}
