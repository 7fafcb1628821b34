using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.Authentication;

/// <summary>
/// One scheme for every door: an API key (<c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>), else a bearer token
/// (<c>Authorization: Bearer …</c>), else the session cookie holding the same token. A bad credential leaves the caller
/// anonymous (fields that need someone answer <c>AUTH_NOT_AUTHENTICATED</c>); it never falls back to another credential.
/// </summary>
public sealed class WorkflowHubAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    ApiKeyService apiKeys,
    IOptions<SecurityOptions> security)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "WorkflowHub";
    public const string ApiKeyHeader = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        var apiKey = Request.Headers[ApiKeyHeader].ToString();
        if (apiKey.Length == 0 && authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase)) apiKey = authorization[7..].Trim();
        if (apiKey.Length > 0) return await ApiKeyAsync(apiKey);

        string? token = null;
        var viaCookie = false;
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) token = authorization[7..].Trim();
        else if (authorization.Length == 0 && Request.Cookies.TryGetValue(security.Value.CookieName, out var cookie)) (token, viaCookie) = (cookie, true);
        if (string.IsNullOrEmpty(token)) return AuthenticateResult.NoResult();

        var (identity, failure) = tokens.Validate(token, SchemeName);
        if (identity is null) return AuthenticateResult.Fail(failure!);
        if (viaCookie) identity.AddClaim(new Claim(ActorClaims.Via, ActorClaims.ViaCookie));
        return Success(identity);
    }

    private async Task<AuthenticateResult> ApiKeyAsync(string secret)
    {
        var key = await apiKeys.FindAsync(secret, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is unknown or revoked.");
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.PersonId),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ActorClaims.Kind, ActorClaims.ApiKeyKind),
                new Claim(ActorClaims.ApiKey, key.Id.ToString()),
            ],
            SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return Success(identity);
    }

    private AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
}
